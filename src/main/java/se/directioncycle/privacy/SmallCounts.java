package se.directioncycle.privacy;

/**
 * Counts below the threshold could identify people when broken down by area, so they are never shown as such: a
 * single count as "<5", a breakdown by area grouped ({@link #grouped}) so that no part is below the threshold and no
 * part can be worked out from the total and the others.
 */
public final class SmallCounts {

  public static final int THRESHOLD = 5;

  private SmallCounts() {}

  /** The group that areas under the threshold join. */
  public static final String OTHER_AREAS = "Övriga områden (sammanslagna)";

  public static String display(long count) {
    return count < THRESHOLD ? "<" + THRESHOLD : Long.toString(count);
  }

  /** What a map shows for an area whose count is not shown: under the threshold, none, or joined to the group. */
  public static final String NOT_SHOWN = "–";

  /**
   * The count an area of a map shows, from the grouped breakdown ({@link #grouped}) of the whole quarter: its own
   * when the breakdown names it, otherwise {@link #NOT_SHOWN}, the same for an area under the threshold, one without
   * observations and one that joined the group, so none of them can be told apart or worked out.
   */
  public static String onMap(java.util.Map<String, Long> grouped, String area) {
    Long count = OTHER_AREAS.equals(area) ? null : grouped.get(area);
    return count == null ? NOT_SHOWN : Long.toString(count);
  }

  /**
   * The band a map shades a shown count by: 0 under the threshold (or not shown), 1 for 5–9, 2 for 10–19, 3 from 20.
   * Under the threshold is one band, so a shade never tells a small number either.
   */
  public static int band(long count) {
    return count < THRESHOLD ? 0 : count < 10 ? 1 : count < 20 ? 2 : 3;
  }

  /** The band of what {@link #onMap} shows: 0 for {@link #NOT_SHOWN}. */
  public static int band(String shown) {
    return NOT_SHOWN.equals(shown) ? 0 : band(Long.parseLong(shown));
  }

  /**
   * A breakdown by area that is safe to show beside its total: an area under the threshold joins {@link
   * #OTHER_AREAS}; while that group is still under the threshold, the smallest named area joins it too. So every part
   * is at least the threshold or the whole total, and a suppressed count cannot be found by subtraction.
   *
   * @return the named areas by name, then the group if any
   */
  public static java.util.Map<String, Long> grouped(java.util.Map<String, Long> perArea) {
    java.util.Map<String, Long> named = new java.util.TreeMap<>();
    long other = 0;
    for (java.util.Map.Entry<String, Long> area : perArea.entrySet()) {
      if (area.getValue() >= THRESHOLD) {
        named.put(area.getKey(), area.getValue());
      } else {
        other += area.getValue();
      }
    }
    while (other > 0 && other < THRESHOLD && !named.isEmpty()) {
      String smallest = named.entrySet().stream().min(java.util.Map.Entry.<String, Long>comparingByValue()
          .thenComparing(java.util.Map.Entry.comparingByKey())).orElseThrow().getKey();
      other += named.remove(smallest);
    }
    java.util.Map<String, Long> parts = new java.util.LinkedHashMap<>(named);
    if (other > 0) {
      parts.put(OTHER_AREAS, other);
    }
    return parts;
  }
}
