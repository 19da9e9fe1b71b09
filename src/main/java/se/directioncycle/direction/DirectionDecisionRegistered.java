package se.directioncycle.direction;

/** Published in the registering transaction when a decision gets its number (once per decision). */
public record DirectionDecisionRegistered(long decisionId, String municipalityName) {}
