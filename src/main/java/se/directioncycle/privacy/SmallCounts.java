package se.directioncycle.privacy;

/** Counts below the threshold could identify people when broken down by area, so they are shown as "<5". */
public final class SmallCounts {

  public static final int THRESHOLD = 5;

  private SmallCounts() {}

  public static String display(long count) {
    return count < THRESHOLD ? "<" + THRESHOLD : Long.toString(count);
  }
}
