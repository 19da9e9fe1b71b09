package se.directioncycle.council;

/** A council change that cannot be made as asked: unknown (404) or in conflict with what is stored (409). */
class CouncilChangeRefused extends RuntimeException {

  enum Reason { NOT_FOUND, CONFLICT }

  private final Reason reason;

  CouncilChangeRefused(Reason reason, String swedishMessage) {
    super(swedishMessage);
    this.reason = reason;
  }

  static CouncilChangeRefused notFound(String swedishMessage) {
    return new CouncilChangeRefused(Reason.NOT_FOUND, swedishMessage);
  }

  static CouncilChangeRefused conflict(String swedishMessage) {
    return new CouncilChangeRefused(Reason.CONFLICT, swedishMessage);
  }

  Reason reason() {
    return reason;
  }
}
