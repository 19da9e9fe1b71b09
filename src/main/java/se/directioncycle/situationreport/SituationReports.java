package se.directioncycle.situationreport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.cycle.Quarter;

/** The compiled situation reports, for the features that build on them (documents, proposals, evaluations, years). */
@Service
public class SituationReports {

  /** How many observations of a problem category were made in an area during the quarter (never a person). */
  public record AreaCount(String category, String area, long count) {}

  /** The observations of one compiled report counted per area (exact counts: the reader suppresses small ones). */
  public record ObservationsPerArea(long cycleId, Quarter quarter, Map<String, Long> counts) {}

  private final SituationReportRepository reports;
  private final CycleService cycles;
  private final SubmissionRepository submissions;

  SituationReports(SituationReportRepository reports, CycleService cycles, SubmissionRepository submissions) {
    this.reports = reports;
    this.cycles = cycles;
    this.submissions = submissions;
  }

  /** The report, if there is one with this id. */
  @Transactional(readOnly = true)
  public Optional<SituationReport> find(long reportId) {
    return reports.findById(reportId);
  }

  /** The compiled reports' ids by their cycle's id, in one query (for overviews of many cycles). */
  @Transactional(readOnly = true)
  public Map<Long, Long> reportIdsByCycle(Collection<Long> cycleIds) {
    return cycleIds.isEmpty() ? Map.of() : reports.findByCycleIdIn(cycleIds).stream()
        .collect(Collectors.toMap(SituationReport::getCycleId, SituationReport::getId));
  }

  /**
   * The observations behind the cycle's report counted per category and area, category and area in order. The
   * counts are exact: whoever shows them broken down by area suppresses the small ones.
   */
  @Transactional(readOnly = true)
  public List<AreaCount> observationsByCategoryAndArea(long cycleId) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    submissions.findByCycleId(cycleId).stream().flatMap(s -> s.getObservations().stream())
        .forEach(o -> counts.computeIfAbsent(o.getCategory(), c -> new TreeMap<>()).merge(o.getArea(), 1L, Long::sum));
    List<AreaCount> rows = new ArrayList<>();
    counts.forEach((category, areas) -> areas.forEach((area, count) -> rows.add(new AreaCount(category, area, count))));
    return rows;
  }

  /**
   * The observations per area of the municipality's latest compiled situation report (the newest quarter whose
   * report has been compiled); none when no report has been.
   */
  @Transactional(readOnly = true)
  public Optional<ObservationsPerArea> latestObservationsPerArea(String municipality) {
    for (var cycle : cycles.ofMunicipalities(List.of(municipality))) {
      Optional<SituationReport> report = reports.findByCycleId(cycle.getId());
      if (report.isPresent() && report.get().getCompiledAt() != null) {
        return Optional.of(observationsPerArea(cycle.getId(), cycle.getQuarter()));
      }
    }
    return Optional.empty();
  }

  /** The cycle's observations counted per area, whatever their category. */
  @Transactional(readOnly = true)
  public ObservationsPerArea observationsPerArea(long cycleId, Quarter quarter) {
    Map<String, Long> counts = new TreeMap<>();
    observationsByCategoryAndArea(cycleId).forEach(c -> counts.merge(c.area(), c.count(), Long::sum));
    return new ObservationsPerArea(cycleId, quarter, counts);
  }

  @Transactional(readOnly = true)
  public SituationReport get(long reportId) {
    return reports.findById(reportId).orElseThrow(() -> new IllegalStateException("No situation report " + reportId));
  }

  /** The cycle's report, once it has been compiled. */
  @Transactional(readOnly = true)
  public Optional<SituationReport> ofCycle(long cycleId) {
    return reports.findByCycleId(cycleId);
  }

  /** The report of the municipality's cycle for the quarter, if that cycle was opened and its report compiled. */
  @Transactional(readOnly = true)
  public Optional<SituationReport> ofQuarter(String municipality, Quarter quarter) {
    return cycles.ofQuarter(municipality, quarter).flatMap(cycle -> reports.findByCycleId(cycle.getId()));
  }

  /**
   * The compiled reports of the municipality's cycles from the first quarter to the last, by quarter, with their
   * indicator totals: two queries, however many quarters.
   */
  @Transactional(readOnly = true)
  public Map<Quarter, SituationReport> ofQuarters(String municipality, Quarter first, Quarter last) {
    Map<Long, Quarter> quarterOfCycle = cycles.ofQuarters(municipality, first, last).stream()
        .collect(Collectors.toMap(Cycle::getId, Cycle::getQuarter));
    return quarterOfCycle.isEmpty() ? Map.of() : reports.findWithIndicatorTotalsByCycleIdIn(quarterOfCycle.keySet())
        .stream().collect(Collectors.toMap(report -> quarterOfCycle.get(report.getCycleId()), report -> report));
  }

  /** The report's problems in rank order; none when there is no such report. */
  @Transactional(readOnly = true)
  public List<RankedProblem> rankedProblemsOf(long reportId) {
    return reports.findById(reportId).map(r -> List.copyOf(r.getRankedProblems())).orElse(List.of());
  }
}
