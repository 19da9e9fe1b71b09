package se.directioncycle.cycle;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Role;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.engine.ListVariable;
import se.directioncycle.input.InputReader;

/**
 * First step of every cycle, run synchronously inside the start request: validates the quarter,
 * registers the cycle (a duplicate is refused there, and the start rolls back), sets the business
 * key `<municipality>-<YYYY>-Q<n>` and the deadlines from configuration.
 */
@Component
class RegisterCycleDelegate implements JavaDelegate {

  private final CycleService cycleService;
  private final MunicipalityRegistry municipalities;
  private final CycleProperties timing;

  RegisterCycleDelegate(CycleService cycleService, MunicipalityRegistry municipalities, CycleProperties timing) {
    this.cycleService = cycleService;
    this.municipalities = municipalities;
    this.timing = timing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Quarter quarter = readQuarter(execution.getVariables());
    Municipality municipality = municipalities.get(execution.getTenantId());
    Instant now = EngineClock.now();
    Cycle cycle = cycleService.register(municipality, quarter, execution.getProcessInstanceId(), now);
    execution.setProcessBusinessKey(cycle.getBusinessKey());

    Instant deadline = now.plus(timing.submissionPeriod());
    execution.setVariables(Map.ofEntries(
        Map.entry(MUNICIPALITY, municipality.id()),
        Map.entry(MUNICIPALITY_NAME, municipality.name()),
        Map.entry(YEAR, quarter.year()),
        Map.entry(QUARTER, quarter.quarter()),
        Map.entry(CYCLE_ID, cycle.getId()),
        Map.entry(PERIOD_LABEL, quarter.label()),
        Map.entry(COORDINATOR_GROUP, municipality.group(Role.COORDINATOR)),
        Map.entry(CHAIR_GROUP, municipality.group(Role.CHAIR)),
        Map.entry(PROPOSER_GROUPS, municipality.proposerGroups()),
        Map.entry(MEMBER_GROUPS, ListVariable.of(execution, MEMBER_GROUPS, municipality.memberGroups())),
        Map.entry(SUBMISSION_DEADLINE_AT, Date.from(deadline)),
        Map.entry(SUBMISSION_REMINDER_AT, Date.from(deadline.minus(timing.reminderBeforeDeadline()))),
        Map.entry(QUARTER_ENDS_AT, quarter.endsAt()),
        Map.entry(FOLLOW_UP_INTERVAL, timing.followUpInterval().toString()),
        Map.entry(REPORT_OVERDUE_AFTER, timing.reportOverdueAfter().toString())));
  }

  static Quarter readQuarter(Map<String, Object> variables) {
    InputReader input = new InputReader(variables);
    Long year = input.integer(YEAR, "År", 2020, 2100, true);
    Long quarter = input.integer(QUARTER, "Kvartal", 1, 4, true);
    input.throwIfInvalid();
    return new Quarter(year.intValue(), quarter.intValue());
  }
}
