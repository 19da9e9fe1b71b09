package se.directioncycle.direction;

/** Published in the registering transaction when a decision gets its number (once per decision). */
public record DirectionDecisionRegistered(long decisionId, String municipalityName) {

  /** The key under which the decision's public document (PDF) is stored and can be attached. */
  public static String documentKey(long decisionId) {
    return "direction-decision:" + decisionId;
  }
}
