package se.directioncycle.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The benchmark's figures per quarter: one CSV row each, and PNG line charts of throughput, SQL statements per
 * cycle (with the bare engine's) and the database's size on disk against its live data, for docs/performance.md.
 */
final class BenchmarkFigures {

  /**
   * What one quarter of the run measured; sizes are -1 where the database has none (in memory), the fill rates
   * (percent of the H2 file its chunks use, percent of the chunks that is live) -1 except on an H2 file.
   */
  record QuarterSample(String quarter, int cycles, double seconds, long statements, long onDiskBytes,
      long liveBytes, long writtenBytes, int fileFillPercent, int chunksFillPercent) {

    double cyclesPerSecond() {
      return cycles / seconds;
    }

    double statementsPerCycle() {
      return (double) statements / cycles;
    }

    double writtenMegabytesPerCycle() {
      return writtenBytes < 0 ? -1 : writtenBytes / 1e6 / cycles;
    }
  }

  private static final String[] HEADER = {"quarter", "cycles", "seconds", "cycles_per_second", "sql_statements",
      "sql_per_cycle", "bare_engine_sql_per_cycle", "on_disk_mb", "live_mb",
      "written_mb_per_cycle", "file_used_percent", "chunks_live_percent"};

  private BenchmarkFigures() {}

  /** Writes {@code <name>.csv} and the charts {@code <name>-throughput.png}, {@code -sql.png}, {@code -storage.png}, {@code -written.png}. */
  static void write(Path dir, String name, List<QuarterSample> samples, double bareStatementsPerCycle) {
    try {
      Files.createDirectories(dir);
      try (Writer out = Files.newBufferedWriter(dir.resolve(name + ".csv"));
          CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
        for (QuarterSample s : samples) {
          csv.printRecord(s.quarter(), s.cycles(), decimal(s.seconds()), decimal(s.cyclesPerSecond()),
              s.statements(), decimal(s.statementsPerCycle()), decimal(bareStatementsPerCycle), megabytes(s.onDiskBytes()),
              megabytes(s.liveBytes()), s.writtenBytes() < 0 ? "" : decimal(s.writtenMegabytesPerCycle()),
              percent(s.fileFillPercent()), percent(s.chunksFillPercent()));
        }
      }
      DefaultCategoryDataset throughput = dataset(samples, "cycles per second", QuarterSample::cyclesPerSecond);
      save(dir.resolve(name + "-throughput.png"), chart("Throughput per quarter", "cycles per second", throughput));
      DefaultCategoryDataset sql = dataset(samples, "application", QuarterSample::statementsPerCycle);
      samples.forEach(s -> sql.addValue(bareStatementsPerCycle, "bare engine, same activities", s.quarter()));
      samples.forEach(s -> sql.addValue(1.3 * bareStatementsPerCycle, "target: 1.3 × bare engine", s.quarter()));
      save(dir.resolve(name + "-sql.png"), chart("SQL statements per cycle", "statements per cycle", sql));
      if (samples.stream().anyMatch(s -> s.onDiskBytes() >= 0)) {
        DefaultCategoryDataset storage = dataset(samples, "on disk", s -> s.onDiskBytes() / 1e6);
        if (samples.stream().anyMatch(s -> s.liveBytes() >= 0)) {
          samples.forEach(s -> storage.addValue(s.liveBytes() / 1e6, "live data", s.quarter()));
          samples.forEach(s -> storage.addValue(2 * s.liveBytes() / 1e6, "target: 2 × live data", s.quarter()));
        }
        save(dir.resolve(name + "-storage.png"), chart("Database size at each quarter's end", "MB", storage));
      }
      if (samples.stream().anyMatch(s -> s.writtenBytes() >= 0)) {
        save(dir.resolve(name + "-written.png"), chart("Bytes written per cycle", "MB written per cycle",
            dataset(samples, "written by the process", QuarterSample::writtenMegabytesPerCycle)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The p95 of every request kind of a LatencyBenchmark run as bars, beside the 100 ms target. */
  static void p95Chart(Path file, List<LatencySamples.Summary> summaries, String title) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    summaries.forEach(s -> data.addValue(s.p95(), "p95", s.kind()));
    summaries.forEach(s -> data.addValue(100, "target: 100 ms", s.kind()));
    JFreeChart chart = ChartFactory.createBarChart(title, "request", "ms", data, PlotOrientation.HORIZONTAL, true,
        false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
    chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
    try {
      ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 100 + 40 * summaries.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DefaultCategoryDataset dataset(List<QuarterSample> samples, String series,
      ToDoubleFunction<QuarterSample> value) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    samples.forEach(s -> data.addValue(value.applyAsDouble(s), series, s.quarter()));
    return data;
  }

  private static JFreeChart chart(String title, String valueAxis, DefaultCategoryDataset data) {
    JFreeChart chart = ChartFactory.createLineChart(title, "quarter", valueAxis, data, PlotOrientation.VERTICAL,
        true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    var plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    for (int series = 0; series < data.getRowCount(); series++) {
      plot.getRenderer().setSeriesStroke(series, new BasicStroke(series == 0 ? 2.5f : 1.5f));
    }
    return chart;
  }

  private static void save(Path file, JFreeChart chart) throws IOException {
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 450);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(int value) {
    return value < 0 ? "" : Integer.toString(value);
  }

  private static String megabytes(long bytes) {
    return bytes < 0 ? "" : decimal(bytes / 1e6);
  }
}
