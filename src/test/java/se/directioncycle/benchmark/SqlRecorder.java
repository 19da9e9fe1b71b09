package se.directioncycle.benchmark;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  /** Commits of a connection that wrote since its last commit or rollback: what H2 writes a chunk of pages for. */
  private final AtomicLong writingCommits = new AtomicLong();
  private final AtomicLong rowsWritten = new AtomicLong();
  /** The connections (datasource-proxy's ids) that have sent a statement other than a read since their last end. */
  private final Set<String> writing = ConcurrentHashMap.newKeySet();
  private final AtomicLong nanos = new AtomicLong();
  private final ThreadLocal<Long> started = new ThreadLocal<>();
  private volatile List<Statement> recorded;

  /**
   * With -Dbenchmark.statements.origin=TEXT, statements whose text contains TEXT (or one of TEXT's '|'-separated
   * parts) also record where they came from: the engine command and the first application frame on the stack.
   */
  private static final String ORIGIN_OF = System.getProperty("benchmark.statements.origin");
  /** Alternatives in ORIGIN_OF are separated by '|'. */
  private static final List<String> ORIGIN_TEXTS = ORIGIN_OF == null ? List.of() : List.of(ORIGIN_OF.split("\\|"));

  /** One execution: its text, how long it took and, if asked for, where it came from (else null). */
  record Statement(String text, long nanos, String origin) {}

  private static final Pattern FIRST_TABLE = Pattern.compile("(?i)\\b(?:from|into|update)\\s+([a-z_][a-z0-9_]*)");

  /** The first table a statement reads or writes, lower case ("other" for none, e.g. a sequence call). */
  static String table(String text) {
    Matcher matcher = FIRST_TABLE.matcher(text);
    return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "other";
  }

  /** The text with its blanks collapsed to single spaces, as the profile prints it. */
  private static String collapsed(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static boolean originAsked(String text) {
    if (ORIGIN_TEXTS.isEmpty()) {
      return false;
    }
    String statement = collapsed(text);
    return ORIGIN_TEXTS.stream().anyMatch(statement::contains);
  }

  private static String origin() {
    return StackWalker.getInstance().walk(frames -> {
      String command = null;
      String application = null;
      for (StackWalker.StackFrame frame : (Iterable<StackWalker.StackFrame>) frames::iterator) {
        String type = frame.getClassName();
        if (command == null && type.startsWith("org.camunda.bpm.engine.impl.cmd.")) {
          command = type.substring(type.lastIndexOf('.') + 1);
        }
        boolean generated = type.contains("$Proxy") || type.contains("$$"); // repository and CGLIB proxies
        if (application == null && !generated && type.startsWith("se.directioncycle.")
            && !type.startsWith(SqlRecorder.class.getPackageName())) {
          application = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":"
              + frame.getLineNumber();
        }
        if (application == null && type.startsWith(SqlRecorder.class.getPackageName() + ".QuarterBenchmark")) {
          application = "benchmark " + frame.getMethodName();
        }
      }
      return (command == null ? "no command" : command) + " <- " + (application == null ? "?" : application);
    });
  }

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
          long writes = queries.stream().filter(query -> !isRead(query.getQuery()))
              // a prepared statement's batch is one query with a parameter set per row; a plain one, a query per row
              .mapToLong(query -> execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1).sum();
          if (writes > 0) {
            writing.add(execution.getConnectionId());
            rowsWritten.addAndGet(writes);
          }
          List<Statement> texts = recorded;
          if (texts != null) {
            queries.forEach(query -> texts.add(new Statement(query.getQuery(), took / queries.size(),
                originAsked(query.getQuery()) ? origin() : null)));
          }
        })
        .afterMethod(call -> {
          String method = call.getMethod().getName();
          boolean ends = call.getTarget() instanceof Connection
              && ("commit".equals(method) || "rollback".equals(method) || "close".equals(method));
          if (ends && call.getConnectionInfo() != null && writing.remove(call.getConnectionInfo().getConnectionId())
              && "commit".equals(method)) {
            writingCommits.incrementAndGet();
          }
        })
        .build();
  }

  private static boolean isRead(String text) {
    String start = text.stripLeading();
    return start.regionMatches(true, 0, "select", 0, 6) || start.regionMatches(true, 0, "with", 0, 4);
  }

  /** Counting starts again from zero (what is being recorded stays). */
  void reset() {
    statements.set(0);
    writingCommits.set(0);
    rowsWritten.set(0);
    nanos.set(0);
  }

  long statements() {
    return statements.get();
  }

  /** Transactions committed after writing (a read-only one costs H2 no chunk), since the last {@link #reset}. */
  long writingCommits() {
    return writingCommits.get();
  }

  /**
   * Inserts, updates and deletes sent, each row of a batch counted (a batch of 30 inserts is one statement and 30
   * here), since the last {@link #reset}: the work a statement count does not show once rows go in batches.
   */
  long rowsWritten() {
    return rowsWritten.get();
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
   * The {@code top} most frequent statements, per cycle, with the milliseconds per cycle they took: a printout
   * headed by {@code who}; empty when nothing was recorded.
   */
  static String profile(String who, List<Statement> statements, int top, int cycles) {
    if (statements.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(String.format("%s: the %d most frequent of %d statements (per cycle, ms per"
        + " cycle):%n", who, top, statements.size()));
    byText(statements).entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(top)
        .forEach(e -> out.append(String.format(Locale.ROOT, "  %7.1f  %6.2f  %s%n",
            (double) e.getValue()[0] / cycles, e.getValue()[1] / 1e6 / cycles, e.getKey())));
    Map<String, Long> tables = new LinkedHashMap<>();
    statements.forEach(statement -> tables.merge(table(statement.text()), 1L, Long::sum));
    out.append(String.format("%s: statements per cycle by the first table they name:%n", who));
    tables.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(e -> out.append(String.format(Locale.ROOT, "  %7.1f  %s%n", (double) e.getValue() / cycles,
            e.getKey())));
    Map<String, Long> origins = new LinkedHashMap<>();
    statements.stream().filter(statement -> statement.origin() != null)
        .forEach(statement -> {
          String text = collapsed(statement.text());
          origins.merge(text.substring(0, Math.min(60, text.length())) + " … " + statement.origin(), 1L, Long::sum);
        });
    if (!origins.isEmpty()) {
      out.append(String.format("where the statements containing '%s' came from (per cycle):%n", ORIGIN_OF));
      origins.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(top)
          .forEach(e -> out.append(String.format(Locale.ROOT, "  %7.1f  %s%n", (double) e.getValue() / cycles,
              e.getKey())));
    }
    return out.toString();
  }

  /**
   * The same statement text (blanks collapsed, cut at 150 characters) counted together: text → {executions,
   * nanoseconds}, in the order first seen.
   */
  static Map<String, long[]> byText(List<Statement> statements) {
    Map<String, long[]> byText = new LinkedHashMap<>();
    for (Statement statement : statements) {
      String shortened = collapsed(statement.text());
      long[] countAndNanos = byText.computeIfAbsent(
          shortened.length() > 150 ? shortened.substring(0, 150) + " …" : shortened, text -> new long[2]);
      countAndNanos[0]++;
      countAndNanos[1] += statement.nanos();
    }
    return byText;
  }
}
