package se.directioncycle.situationreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.category.ProblemCategories;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.engine.PerTransaction;

/** Saves member organisations' submissions and prepares what their form shows. */
@Service
public class SituationSubmissionService {

  private final SubmissionRepository submissions;
  private final CycleService cycles;
  private final ProblemCategories categories;

  SituationSubmissionService(SubmissionRepository submissions, CycleService cycles, ProblemCategories categories) {
    this.submissions = submissions;
    this.cycles = cycles;
    this.categories = categories;
  }

  /**
   * Saves the organisation's submission as its task completes, in that transaction, without looking for an earlier
   * one: the organisation's task completes once, and is gone before the deadline records the missing submissions
   * (uq_submission would refuse a second row of the cycle and organisation anyway).
   */
  @Transactional
  public Submission submit(long cycleId, Organisation organisation, SituationInput input, String userId) {
    Submission submission = new Submission(cycleId, organisation.code());
    submission.submitted(input, userId, EngineClock.now());
    return submissions.save(submission);
  }

  /** Read-only context for the member's form: labels, units, last quarter's values, allowed choices. */
  @Transactional(readOnly = true)
  public Map<String, Object> formContext(long cycleId, Municipality municipality, Organisation organisation) {
    Cycle cycle = cycles.get(cycleId);
    Map<String, Long> previous = previousValues(municipality.id(), cycle, organisation);
    List<Map<String, Object>> indicators = new ArrayList<>();
    for (IndicatorCatalogue.Indicator indicator : IndicatorCatalogue.of(organisation)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", indicator.code());
      row.put("label", indicator.label());
      row.put("unit", indicator.unit());
      row.put("previousValue", previous.get(indicator.code()));
      indicators.add(row);
    }
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("organisation", organisation.code());
    context.put("organisationName", organisation.swedishName());
    context.put("municipalityName", municipality.name());
    context.put("periodLabel", cycle.getQuarter().label());
    context.put("indicators", indicators);
    context.put("categories", categories.offered(municipality.id()).stream()
        .map(c -> Map.of("value", c.code(), "label", c.label())).toList());
    context.put("areas", municipality.areas());
    context.put("timeBands", SituationInput.TIME_BANDS);
    return context;
  }

  /**
   * The codes of the organisations whose submission is in (not missing, not still open), for several cycles at once,
   * by cycle id (one query); a cycle with none in is left out.
   */
  @Transactional(readOnly = true)
  public Map<Long, Set<String>> organisationsThatSubmitted(java.util.Collection<Long> cycleIds) {
    Map<Long, Set<String>> byCycle = new java.util.HashMap<>();
    if (!cycleIds.isEmpty()) {
      submissions.findSubmittedOf(cycleIds).forEach(row ->
          byCycle.computeIfAbsent((Long) row[0], id -> new java.util.HashSet<>()).add((String) row[1]));
    }
    return byCycle;
  }

  private Map<String, Long> previousValues(String municipality, Cycle cycle, Organisation organisation) {
    Quarter quarter = cycle.getQuarter().previous();
    // the member tasks of one cycle are created together: the previous cycle's submissions are read once for all of
    // them (and their indicator values in one query, by Hibernate's batch fetching), by organisation code
    Map<String, Submission> previous = PerTransaction.remember(this, municipality + " " + quarter,
        () -> cycles.ofQuarter(municipality, quarter)
            .map(earlier -> submissions.findByCycleId(earlier.getId()).stream()
                .collect(Collectors.toMap(Submission::getOrganisation, submission -> submission)))
            .orElse(Map.of()));
    Map<String, Long> values = new LinkedHashMap<>();
    Optional.ofNullable(previous.get(organisation.code()))
        .ifPresent(s -> s.getIndicatorValues().forEach(v -> values.put(v.getIndicatorCode(), v.getValue())));
    return values;
  }
}
