package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.engine.ListVariable;

/**
 * `ServiceTask_ComputeCommitmentProgress`: counts the year's progress of every commitment from its linked
 * interventions, and names the groups that answer for the parties with commitments (one comment task each) and
 * the qualitative commitments with the group of each one's lead party (one judgement task each).
 */
@Component
class ComputeCommitmentProgressDelegate implements JavaDelegate {

  private final PromisePeriodService periods;
  private final MunicipalityRegistry municipalities;
  private final CitizenPromiseProperties timing;

  ComputeCommitmentProgressDelegate(PromisePeriodService periods, MunicipalityRegistry municipalities,
      CitizenPromiseProperties timing) {
    this.periods = periods;
    this.municipalities = municipalities;
    this.timing = timing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long periodId = periodId(execution);
    Instant now = EngineClock.now();
    periods.countProgress(periodId, followUpYear(execution), now);
    Municipality municipality = municipalities.get(municipality(execution));
    Set<String> groups = new LinkedHashSet<>();
    List<String> qualitative = new ArrayList<>();
    HashMap<String, String> judges = new HashMap<>();
    for (PromiseCommitment c : periods.commitments(periodId)) {
      c.getParties().forEach(p -> groups.add(PartyGroups.group(municipality, p.getParty())));
      if (c.isQualitative()) {
        qualitative.add(String.valueOf(c.getId()));
        judges.put(String.valueOf(c.getId()), PartyGroups.judgeGroup(municipality, c));
      }
    }
    ListVariable.set(execution, FOLLOW_UP_GROUPS, groups);
    ListVariable.set(execution, QUALITATIVE_COMMITMENTS, qualitative);
    execution.setVariable(JUDGE_GROUPS, judges);
    execution.setVariable(COMMENT_DUE_AT, Date.from(now.plus(timing.commentPeriod())));
  }
}
