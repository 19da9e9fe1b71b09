package se.directioncycle.situationreport;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.cycle.Quarter;

/** The compiled situation reports, for the features that build on them (documents, proposals, evaluations, years). */
@Service
public class SituationReports {

  private final SituationReportRepository reports;
  private final CycleService cycles;

  SituationReports(SituationReportRepository reports, CycleService cycles) {
    this.reports = reports;
    this.cycles = cycles;
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

  /** The report's problems in rank order; none when there is no such report. */
  @Transactional(readOnly = true)
  public List<RankedProblem> rankedProblemsOf(long reportId) {
    return reports.findById(reportId).map(r -> List.copyOf(r.getRankedProblems())).orElse(List.of());
  }
}
