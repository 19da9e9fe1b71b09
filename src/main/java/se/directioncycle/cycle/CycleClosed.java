package se.directioncycle.cycle;

/** Published in the closing transaction when a quarter closes with its report to the municipal board. */
public record CycleClosed(long cycleId) {}
