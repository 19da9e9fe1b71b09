package se.directioncycle.agreement;

/**
 * ACTIVE from registration until the renewal task is decided: RENEWED (a new agreement replaces it), ENDED (it is
 * not renewed and ends on its last day), or EXPIRED (it ran out before anyone decided).
 */
public enum CooperationAgreementStatus {
  ACTIVE,
  RENEWED,
  ENDED,
  EXPIRED
}
