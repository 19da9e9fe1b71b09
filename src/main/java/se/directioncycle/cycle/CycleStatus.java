package se.directioncycle.cycle;

public enum CycleStatus {
  OPEN, CLOSED
}
