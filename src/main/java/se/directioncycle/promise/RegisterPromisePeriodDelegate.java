package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Organisation;
import se.directioncycle.council.Role;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.engine.ListVariable;

/**
 * First step of every promise period, run synchronously inside the start request: validates the first and last
 * month ({@link PeriodMonths}),
 * registers the period (a duplicate is refused there, and the start rolls back), sets the business key
 * `<municipality>-<YYYY>-<YYYY>`, the groups, the dialogue deadline and the first yearly follow-up.
 */
@Component
class RegisterPromisePeriodDelegate implements JavaDelegate {

  private final PromisePeriodService periods;
  private final MunicipalityRegistry municipalities;
  private final CitizenPromiseProperties timing;

  RegisterPromisePeriodDelegate(PromisePeriodService periods, MunicipalityRegistry municipalities,
      CitizenPromiseProperties timing) {
    this.periods = periods;
    this.municipalities = municipalities;
    this.timing = timing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PeriodMonths months = PeriodMonths.read(execution.getVariables());
    Municipality municipality = municipalities.get(execution.getTenantId());
    Instant now = EngineClock.now();
    PromisePeriod period = periods.register(municipality, months, execution.getProcessInstanceId(), now);
    execution.setProcessBusinessKey(period.getBusinessKey());
    execution.setVariables(Map.ofEntries(
        Map.entry(MUNICIPALITY, municipality.id()),
        Map.entry(MUNICIPALITY_NAME, municipality.name()),
        Map.entry(FIRST_MONTH, period.getFirstMonth()),
        Map.entry(LAST_MONTH, period.getLastMonth()),
        Map.entry(START_YEAR, period.getStartYear()),
        Map.entry(END_YEAR, period.getEndYear()),
        Map.entry(PERIOD_LABEL, period.label()),
        Map.entry(PERIOD_ID, period.getId()),
        Map.entry(COORDINATOR_GROUP, municipality.group(Role.COORDINATOR)),
        Map.entry(POLICE_GROUP, municipality.group(Organisation.POLICE)),
        Map.entry(STEERING_GROUP, municipality.group(Role.STEERING_GROUP)),
        Map.entry(COMMISSIONER_GROUP, municipality.group(Role.COMMISSIONER)),
        Map.entry(POLICE_CHIEF_GROUP, municipality.group(Role.POLICE_CHIEF)),
        Map.entry(DIALOGUE_KINDS, ListVariable.of(execution, DIALOGUE_KINDS,
            Arrays.stream(DialogueKind.values()).map(Enum::name).toList())),
        Map.entry(DIALOGUES_DUE_AT, Date.from(now.plus(timing.dialoguePeriod()))),
        Map.entry(FOLLOW_UP_YEAR, period.getStartYear()),
        Map.entry(FOLLOW_UP_DUE_AT, followUpDue(timing, months, period.getStartYear()))));
  }

  /** The yearly follow-up's moment: the configured day of the year, 08:00 Swedish time, at the latest the period's end. */
  static Date followUpDue(CitizenPromiseProperties timing, PeriodMonths months, int year) {
    return Date.from(months.followUpDue(timing.followUpMonthDay(), year));
  }
}
