package se.directioncycle.category;

/** A name or code the municipality already uses (HTTP 409); the message is Swedish. */
class CategoryConflictException extends RuntimeException {
  CategoryConflictException(String message) {
    super(message);
  }
}
