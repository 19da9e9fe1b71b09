package se.directioncycle.evaluation;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.List;
import se.directioncycle.intervention.TrafficLight;
import se.directioncycle.input.InputReader;

/** A validated evaluation form. */
record EvaluationInput(String implementationStatus, String trafficLight, String outputAgainstTarget,
    String observedEffect, String recommendation, String lessons) {

  static final List<String> STATUSES = List.of("done", "ongoing", "not-started");
  static final List<String> RECOMMENDATIONS = List.of("continue", "adjust", "stop");

  static EvaluationInput read(InputReader input) {
    return new EvaluationInput(
        input.choice(IMPLEMENTATION_STATUS, "Genomförande", STATUSES, true),
        input.choice(TRAFFIC_LIGHT, "Status", TrafficLight.ALL, true),
        input.text(OUTPUT_AGAINST_TARGET, "Utfall mot mål", 2000, true),
        input.text(OBSERVED_EFFECT, "Observerad effekt", 2000, false),
        input.choice(RECOMMENDATION, "Rekommendation", RECOMMENDATIONS, true),
        input.text(LESSONS, "Lärdomar", 2000, false));
  }
}
