package se.directioncycle.direction;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.Set;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.system.CurrentUser;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.JsonInput;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_DecideDirection`: the chair approves (meeting date and protocol paragraph required) or
 * returns the proposal with comments (comment required), which the proposal form then shows.
 */
@Component
public class ChairDecisionTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_DecideDirection";

  record ChairDecision(boolean approved, String comment, LocalDate meetingDate, Long protocolParagraph) {}

  private final DirectionDecisionService decisions;
  private final ProposalInputs inputs;
  private final MunicipalityRegistry municipalities;

  ChairDecisionTaskListener(DirectionDecisionService decisions, ProposalInputs inputs,
      MunicipalityRegistry municipalities) {
    this.decisions = decisions;
    this.inputs = inputs;
    this.municipalities = municipalities;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(CHAIR_DECISION, CHAIR_COMMENT, MEETING_DATE, PROTOCOL_PARAGRAPH);
  }

  @Override
  public void validate(VariableScope task) {
    read(task);
  }

  @Override
  public void notify(DelegateTask task) {
    ChairDecision decision = read(task);
    long cycleId = cycleId(task);
    if (decision.approved()) {
      decisions.recordApproval(cycleId, decision.meetingDate(), decision.protocolParagraph().intValue(),
          CurrentUser.idOrNull());
    } else {
      decisions.recordReturn(cycleId, decision.comment());
      task.setVariable(PROPOSAL_CONTEXT, SpinValues.jsonValue(JsonInput.write(
          DirectionDecisionService.proposalContext(municipalities.get(municipality(task)), ProposalInputs.quarter(task),
              inputs.rankedProblems(task), decision.comment()))).create());
    }
  }

  static ChairDecision read(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    String choice = input.choice(CHAIR_DECISION, "Beslut", List.of(CHAIR_APPROVES, CHAIR_RETURNS), true);
    boolean approved = CHAIR_APPROVES.equals(choice);
    String comment = input.text(CHAIR_COMMENT, "Kommentar", 4000, CHAIR_RETURNS.equals(choice));
    LocalDate meetingDate = approved ? input.date(MEETING_DATE, "Sammanträdesdatum", true) : null;
    Long paragraph = approved ? input.integer(PROTOCOL_PARAGRAPH, "Protokollsparagraf (§)", 1, 9999, true) : null;
    input.throwIfInvalid();
    return new ChairDecision(approved, comment, meetingDate, paragraph);
  }
}
