package se.directioncycle.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Every timed request of a latency run, from all client threads; the summaries count the measured ones only. */
final class LatencySamples {

  /** One user-visible step: a single request, or the requests Tasklist sends one after the other (form load). */
  record Sample(String kind, String user, boolean warmUp, double secondsIntoRun, double millis, int requests,
      int status) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  record Summary(String kind, int count, double p50, double p95, double max, double mean) {}

  private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

  void add(Sample sample) {
    samples.add(sample);
  }

  List<Sample> all() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  List<Sample> failed() {
    return all().stream().filter(s -> !s.ok()).toList();
  }

  /** Per kind, measured samples only (after warm-up); nearest-rank percentiles. */
  List<Summary> summaries() {
    Map<String, List<Double>> byKind = new TreeMap<>();
    for (Sample sample : all()) {
      if (!sample.warmUp()) {
        byKind.computeIfAbsent(sample.kind(), k -> new ArrayList<>()).add(sample.millis());
      }
    }
    List<Summary> summaries = new ArrayList<>();
    byKind.forEach((kind, millis) -> {
      Collections.sort(millis);
      summaries.add(new Summary(kind, millis.size(), percentile(millis, 50), percentile(millis, 95),
          millis.get(millis.size() - 1), millis.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
    });
    return summaries;
  }

  static double percentile(List<Double> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  static String table(List<Summary> summaries) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-30s %6s %8s %8s %8s %8s  %s%n", "request",
        "count", "p50 ms", "p95 ms", "max ms", "mean ms", "p95 <= 100 ms"));
    for (Summary s : summaries) {
      out.append(String.format(Locale.ROOT, "%-30s %6d %8.1f %8.1f %8.1f %8.1f  %s%n", s.kind(), s.count(), s.p50(),
          s.p95(), s.max(), s.mean(), s.p95() <= 100 ? "yes" : "NO"));
    }
    return out.toString();
  }

  /** The raw samples, warm-up included (marked), one row each. */
  void writeCsv(Path file) throws IOException {
    CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
        .setHeader("kind", "user", "warm_up", "seconds_into_run", "millis", "requests", "status").get();
    try (Writer writer = Files.newBufferedWriter(file); CSVPrinter csv = new CSVPrinter(writer, format)) {
      for (Sample s : all()) {
        csv.printRecord(s.kind(), s.user(), s.warmUp(), String.format(Locale.ROOT, "%.3f", s.secondsIntoRun()),
            String.format(Locale.ROOT, "%.3f", s.millis()), s.requests(), s.status());
      }
    }
  }
}
