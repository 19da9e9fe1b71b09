package se.directioncycle.annual;

/** The statutory action plan (*åtgärdsplan*) as the coordinator wrote it: four free-text parts. */
public record ActionPlan(String focusAreas, String measures, String responsible, String followUp) {}
