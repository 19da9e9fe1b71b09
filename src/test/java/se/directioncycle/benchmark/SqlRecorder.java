package se.directioncycle.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the application's SQL statements and the time spent executing them (datasource-proxy around the
 * DataSource, in the benchmark's own application context only), and on demand keeps their text: where a request's
 * time goes when it is sent alone.
 */
final class SqlRecorder {

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong nanos = new AtomicLong();
  private final ThreadLocal<Long> started = new ThreadLocal<>();
  private volatile List<Statement> recorded;

  /** One execution: its text and how long it took. */
  record Statement(String text, long nanos) {}

  BeanPostProcessor wrapDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
      }
    };
  }

  DataSource wrap(DataSource dataSource) {
    return ProxyDataSourceBuilder.create(dataSource)
        .beforeQuery((execution, queries) -> started.set(System.nanoTime()))
        .afterQuery((execution, queries) -> {
          Long start = started.get();
          long took = start == null ? 0 : System.nanoTime() - start;
          nanos.addAndGet(took);
          statements.addAndGet(queries.size());
          List<Statement> texts = recorded;
          if (texts != null) {
            queries.forEach(query -> texts.add(new Statement(query.getQuery(), took / queries.size())));
          }
        })
        .build();
  }

  /** Counting starts again from zero (what is being recorded stays). */
  void reset() {
    statements.set(0);
    nanos.set(0);
  }

  long statements() {
    return statements.get();
  }

  double sqlMillis() {
    return nanos.get() / 1e6;
  }

  void startRecording() {
    recorded = Collections.synchronizedList(new ArrayList<>());
  }

  List<Statement> stopRecording() {
    List<Statement> texts = recorded;
    recorded = null;
    return texts == null ? List.of() : List.copyOf(texts);
  }

  /**
   * The same statement text (blanks collapsed, cut at 150 characters) counted together: text → {executions,
   * nanoseconds}, in the order first seen.
   */
  static Map<String, long[]> byText(List<Statement> statements) {
    Map<String, long[]> byText = new LinkedHashMap<>();
    for (Statement statement : statements) {
      String shortened = statement.text().replaceAll("\\s+", " ").strip();
      long[] countAndNanos = byText.computeIfAbsent(
          shortened.length() > 150 ? shortened.substring(0, 150) + " …" : shortened, text -> new long[2]);
      countAndNanos[0]++;
      countAndNanos[1] += statement.nanos();
    }
    return byText;
  }
}
