package se.directioncycle.intervention;

import java.util.List;

/** Status colours used in follow-up and evaluation. */
public final class TrafficLight {

  public static final String GREEN = "green";
  public static final String YELLOW = "yellow";
  public static final String RED = "red";
  public static final List<String> ALL = List.of(GREEN, YELLOW, RED);

  private TrafficLight() {}

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
