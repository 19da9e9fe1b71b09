package se.directioncycle.promise;

/** Where a promise period is: only IN_FORCE and CLOSED periods are published. */
public enum PromisePeriodStatus {
  PREPARING, IN_REVIEW, SIGNING, IN_FORCE, CLOSED;

  public boolean published() {
    return this == IN_FORCE || this == CLOSED;
  }
}
