package se.directioncycle.intervention;

import java.util.List;

/** Status colours used in follow-up and evaluation. */
public final class TrafficLight {

  public static final String GREEN = "green";
  public static final String YELLOW = "yellow";
  public static final String RED = "red";
  public static final List<String> ALL = List.of(GREEN, YELLOW, RED);

  private TrafficLight() {}

  /** How many of a set of interventions stand at each colour; {@code notReported} for those with none yet. */
  public record Tally(int green, int yellow, int red, int notReported) {

    /** @param lights one colour per intervention, null where none has been reported */
    public static Tally of(java.util.Collection<String> lights) {
      int green = 0;
      int yellow = 0;
      int red = 0;
      for (String light : lights) {
        if (GREEN.equals(light)) {
          green++;
        } else if (YELLOW.equals(light)) {
          yellow++;
        } else if (RED.equals(light)) {
          red++;
        }
      }
      return new Tally(green, yellow, red, lights.size() - green - yellow - red);
    }
  }

  public static String swedish(String light) {
    if (light == null) {
      return "–";
    }
    return switch (light) {
      case GREEN -> "grön";
      case YELLOW -> "gul";
      case RED -> "röd";
      default -> light;
    };
  }
}
