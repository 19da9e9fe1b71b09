package se.directioncycle.situationreport;

import se.directioncycle.category.ProblemCategories;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.privacy.SmallCounts;
import se.directioncycle.engine.EngineClock;

/**
 * Compiles the quarter's situation report from the submissions: records missing organisations,
 * totals each indicator with the previous quarter and the same quarter last year, and ranks the
 * observed problems. Compiling again (a retried job) recomputes the same report, never a second one.
 */
@Service
class SituationReportCompiler {

  /** Camunda stores string variables in 4000 characters; the full report stays in the database. */
  static final int MAX_SUMMARY_VARIABLE = 3900;

  private final SubmissionRepository submissions;
  private final ProblemCategories categories;
  private final SituationReportRepository reports;
  private final SituationReports compiledReports;
  private final CycleService cycles;
  private final ProblemRanker ranker;

  SituationReportCompiler(SubmissionRepository submissions, SituationReportRepository reports,
      SituationReports compiledReports, CycleService cycles, ProblemRanker ranker, ProblemCategories categories) {
    this.categories = categories;
    this.submissions = submissions;
    this.reports = reports;
    this.compiledReports = compiledReports;
    this.cycles = cycles;
    this.ranker = ranker;
  }

  @Transactional
  public SituationReport compile(long cycleId, Municipality municipality) {
    Cycle cycle = cycles.get(cycleId);
    List<Submission> received = new ArrayList<>(submissions.findByCycleId(cycleId));
    List<String> missing = new ArrayList<>();
    for (Organisation organisation : municipality.organisations()) {
      boolean submitted = received.stream().anyMatch(s -> s.getOrganisation().equals(organisation.code())
          && s.getStatus() == SubmissionStatus.SUBMITTED);
      if (!submitted) {
        missing.add(organisation.swedishName());
        if (received.stream().noneMatch(s -> s.getOrganisation().equals(organisation.code()))) {
          received.add(submissions.save(new Submission(cycleId, organisation.code())));
        }
      }
    }

    Optional<SituationReport> previousQuarter = compiledReports.ofQuarter(municipality.id(), cycle.getQuarter().previous());
    Optional<SituationReport> lastYear = compiledReports.ofQuarter(municipality.id(),
        cycle.getQuarter().sameQuarterLastYear());
    List<IndicatorTotal> totals = totals(received, previousQuarter, lastYear);
    List<RankedProblem> problems = rankProblems(municipality.id(), received, previousQuarter);

    SituationReport report = reports.findByCycleId(cycleId).orElseGet(() -> new SituationReport(cycleId));
    report.compiled(EngineClock.now(), String.join(", ", missing),
        summary(municipality, received.size() - missing.size(), missing, totals, problems,
            categories.labels(municipality.id())), totals, problems);
    return reports.save(report);
  }

  private static List<IndicatorTotal> totals(List<Submission> received, Optional<SituationReport> previousQuarter,
      Optional<SituationReport> lastYear) {
    Map<String, Long> sums = new TreeMap<>();
    received.stream().flatMap(s -> s.getIndicatorValues().stream())
        .forEach(v -> sums.merge(v.getIndicatorCode(), v.getValue(), Long::sum));
    return sums.entrySet().stream()
        .map(e -> new IndicatorTotal(e.getKey(), e.getValue(), totalIn(previousQuarter, e.getKey()),
            totalIn(lastYear, e.getKey())))
        .toList();
  }

  private static Long totalIn(Optional<SituationReport> report, String code) {
    return report.flatMap(r -> r.getIndicatorTotals().stream().filter(t -> t.getIndicatorCode().equals(code))
        .findFirst()).map(IndicatorTotal::getTotal).orElse(null);
  }

  private List<RankedProblem> rankProblems(String municipality, List<Submission> received,
      Optional<SituationReport> previousQuarter) {
    Map<String, List<Observation>> byCategory = received.stream().flatMap(s -> s.getObservations().stream())
        .collect(Collectors.groupingBy(Observation::getCategory, TreeMap::new, Collectors.toList()));
    record Scored(String category, List<Observation> observations, int maxSeverity, String trend,
        ProblemRanker.Ranking ranking) {}
    List<Scored> scored = new ArrayList<>();
    byCategory.forEach((category, observations) -> {
      int maxSeverity = observations.stream().mapToInt(Observation::getSeverity).max().orElse(1);
      String trend = trend(observations.size(), previousCount(previousQuarter, category));
      scored.add(new Scored(category, observations, maxSeverity, trend,
          ranker.rank(municipality, maxSeverity, trend, observations.size())));
    });
    scored.sort(Comparator.comparingInt((Scored s) -> s.ranking().priority())
        .thenComparing(s -> -s.observations().size())
        .thenComparing(s -> -s.maxSeverity())
        .thenComparing(Scored::category));
    List<RankedProblem> problems = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      problems.add(new RankedProblem(i + 1, s.category(), s.observations().size(), s.maxSeverity(), s.trend(),
          s.ranking().priority(), s.ranking().priorityLabel(), s.ranking().explanation(),
          areaBreakdown(s.observations())));
    }
    return problems;
  }

  private static Integer previousCount(Optional<SituationReport> previousQuarter, String category) {
    return previousQuarter.map(r -> r.getRankedProblems().stream().filter(p -> p.getCategory().equals(category))
        .findFirst().map(RankedProblem::getObservationCount).orElse(0)).orElse(null);
  }

  /** "new" when nothing was seen last quarter; ±10 % counts as stable. */
  static String trend(int current, Integer previous) {
    if (previous == null || previous == 0) {
      return "new";
    }
    if (current > previous * 1.1) {
      return "increasing";
    }
    if (current < previous * 0.9) {
      return "decreasing";
    }
    return "stable";
  }

  /** "Skutskär: 12, Övriga områden (sammanslagna): 7": grouped so that no small count can be read or worked out. */
  static String areaBreakdown(List<Observation> observations) {
    Map<String, Long> perArea = observations.stream()
        .collect(Collectors.groupingBy(Observation::getArea, TreeMap::new, Collectors.counting()));
    return SmallCounts.grouped(perArea).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  static String trendLabel(String trend) {
    return switch (trend) {
      case "increasing" -> "ökande";
      case "decreasing" -> "minskande";
      case "stable" -> "oförändrad";
      default -> "ny";
    };
  }

  private static String summary(Municipality municipality, int receivedCount, List<String> missing,
      List<IndicatorTotal> totals, List<RankedProblem> problems, ProblemCategories.Labels labels) {
    StringBuilder text = new StringBuilder();
    text.append("### Underlag\n\nInkomna underlag: ").append(receivedCount).append(" av ")
        .append(municipality.organisations().size()).append(".");
    if (!missing.isEmpty()) {
      text.append(" Saknas: ").append(String.join(", ", missing)).append(".");
    }
    text.append("\n\n### Indikatorer\n\n| Indikator | Kvartalet | Föregående kvartal | Samma kvartal i fjol |\n|---|---|---|---|\n");
    for (IndicatorTotal total : totals) {
      String label = IndicatorCatalogue.find(total.getIndicatorCode()).map(IndicatorCatalogue.Indicator::label)
          .orElse(total.getIndicatorCode());
      text.append("| ").append(label).append(" | ").append(total.getTotal()).append(" | ")
          .append(orDash(total.getPreviousQuarter())).append(" | ").append(orDash(total.getSameQuarterLastYear()))
          .append(" |\n");
    }
    text.append("\n### Prioriterade problem\n\n").append(rankedProblemsText(problems, labels));
    return text.toString();
  }

  /** The ranked problems with the rule that ranked each, as Markdown; the chair's form shows it too. */
  public static String rankedProblemsText(List<RankedProblem> problems, ProblemCategories.Labels labels) {
    StringBuilder text = new StringBuilder();
    if (problems.isEmpty()) {
      text.append("Inga observationer har rapporterats.\n");
    }
    for (RankedProblem problem : problems) {
      text.append(problem.getRankOrder()).append(". **")
          .append(labels.of(problem.getCategory()))
          .append("** – ").append(problem.getPriorityLabel()).append(" (trend: ").append(trendLabel(problem.getTrend()))
          .append("; ").append(problem.getAreaBreakdown()).append("). ").append(problem.getExplanation()).append("\n");
    }
    return capped(text.toString());
  }

  private static String capped(String text) {
    if (text.length() <= MAX_SUMMARY_VARIABLE) {
      return text;
    }
    return text.substring(0, MAX_SUMMARY_VARIABLE) + "\n\n… (förkortad – hela lägesbilden finns i rapporten)";
  }

  private static String orDash(Long value) {
    return value == null ? "–" : value.toString();
  }

  /** The summary as a process variable: capped, with a pointer to the full report. */
  public static String summaryVariable(SituationReport report) {
    return capped(report.getSummary());
  }
}
