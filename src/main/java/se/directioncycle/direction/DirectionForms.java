package se.directioncycle.direction;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.input.ApproveOrReturn;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.DateWindow;
import se.directioncycle.input.JsonInput;
import se.directioncycle.input.TextVariable;
import se.directioncycle.taskform.TaskForm;

/** The direction's two task forms: the proposal and the chair's decision on it. */
@Configuration
class DirectionForms {

  private static final ApproveOrReturn.Fields CHAIR = new ApproveOrReturn.Fields(CHAIR_DECISION, CHAIR_APPROVES,
      CHAIR_RETURNS, CHAIR_COMMENT, MEETING_DATE, "Sammanträdesdatum", PROTOCOL_PARAGRAPH);

  /** The proposal is saved as the decision's draft; a new version gets a fresh decision form. */
  @Bean
  TaskForm<DirectionProposal> directionProposal(DirectionDecisionService decisions, ProposalInputs inputs,
      MunicipalityRegistry municipalities) {
    return TaskForm.form("direction-proposal", DIRECTION_PROPOSAL)
        .reads((input, task) -> inputs.parse(task))
        .records((task, proposal) -> {
          DirectionDecision draft = decisions.saveDraft(cycleId(task), municipalities.get(municipality(task)),
              ProposalInputs.quarter(task), proposal);
          task.setVariable(PROPOSAL_SUMMARY, TextVariable.shown(DirectionDecisionService.summary(draft)));
          // the returned comment stays in the proposal context and the decision record
          task.setVariable(CHAIR_DECISION, "");
          task.setVariable(CHAIR_COMMENT, "");
        });
  }

  /**
   * The chair approves (meeting date and protocol paragraph) or returns the proposal with a comment, which the
   * proposal form then shows. The form shows the comment only when returning, so it is read only then.
   */
  @Bean
  TaskForm<ApproveOrReturn> decideDirection(DirectionDecisionService decisions, ProposalInputs inputs,
      MunicipalityRegistry municipalities) {
    return TaskForm.form("decide-direction", CHAIR.names())
        .reads((input, task) -> ApproveOrReturn.read(input, CHAIR, meetingWindow(task)))
        .records((task, decision) -> {
          if (decision.approved()) {
            decisions.recordApproval(cycleId(task), decision.date(), decision.protocolParagraph().intValue(),
                CurrentUser.idOrNull());
          } else {
            decisions.recordReturn(cycleId(task), decision.comment());
            task.setVariable(PROPOSAL_CONTEXT, SpinValues.jsonValue(JsonInput.write(
                DirectionDecisionService.proposalContext(municipalities.get(municipality(task)),
                    ProposalInputs.quarter(task), inputs.rankedProblems(task), decision.comment(),
                    inputs.commitmentChoices(task), inputs.categories(task)))).create());
          }
        });
  }

  /** The chair's meeting date lies within a year of the quarter. */
  static DateWindow meetingWindow(VariableScope task) {
    Quarter quarter = ProposalInputs.quarter(task);
    return DateWindow.around(quarter.firstDay(), quarter.lastDay(), MEETING_DATE_PERIOD);
  }
}
