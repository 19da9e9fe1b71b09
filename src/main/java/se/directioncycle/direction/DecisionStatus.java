package se.directioncycle.direction;

public enum DecisionStatus {
  DRAFT, REGISTERED
}
