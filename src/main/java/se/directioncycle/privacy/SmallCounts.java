package se.directioncycle.privacy;

/** Counts below the threshold could identify people when broken down by area, so they are shown as "<5". */
public final class SmallCounts {

  public static final int THRESHOLD = 5;

  private SmallCounts() {}

  public static String display(long count) {
    return count < THRESHOLD ? "<" + THRESHOLD : Long.toString(count);
  }

  /**
   * The band a map shades a count by: 0 under the threshold, 1 for 5–9, 2 for 10–19, 3 from 20. Under the threshold
   * is one band, so a shade never tells a small number either.
   */
  public static int band(long count) {
    return count < THRESHOLD ? 0 : count < 10 ? 1 : count < 20 ? 2 : 3;
  }
}
