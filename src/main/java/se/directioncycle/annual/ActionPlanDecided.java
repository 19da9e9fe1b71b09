package se.directioncycle.annual;

/**
 * Published in the transaction of `ServiceTask_PublishActionPlan` once the board's decision is registered: the
 * document module makes the decided plan's PDF, and the board and the coordinator are mailed it.
 */
public record ActionPlanDecided(long assessmentId) {

  /** The source key of the decided action plan as a public document (one place: document, mail, compliance). */
  public static String documentKey(long assessmentId) {
    return "annual-assessment:" + assessmentId;
  }
}
