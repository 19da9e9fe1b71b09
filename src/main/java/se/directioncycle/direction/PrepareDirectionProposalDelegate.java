package se.directioncycle.direction;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.engine.ListVariable;
import se.directioncycle.input.JsonInput;

/** `ServiceTask_PrepareDirectionProposal`: the proposal form's context and its carried-over interventions. */
@Component
class PrepareDirectionProposalDelegate implements JavaDelegate {

  private final DirectionDecisionService decisions;
  private final ProposalInputs inputs;
  private final MunicipalityRegistry municipalities;

  PrepareDirectionProposalDelegate(DirectionDecisionService decisions, ProposalInputs inputs,
      MunicipalityRegistry municipalities) {
    this.decisions = decisions;
    this.inputs = inputs;
    this.municipalities = municipalities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Quarter quarter = ProposalInputs.quarter(execution);
    List<Long> carryOverIds = ListVariable.items(execution.getVariable(CARRY_OVER_INTERVENTION_IDS)).stream()
        .map(Long::parseLong).toList();
    Municipality municipality = municipalities.get(municipality(execution));
    execution.setVariable(DIRECTION_PROPOSAL, SpinValues.jsonValue(JsonInput.write(
        decisions.initialProposal(municipality, quarter, carryOverIds, inputs.commitmentParties(execution)))).create());
    execution.setVariable(PROPOSAL_CONTEXT, SpinValues.jsonValue(JsonInput.write(
        DirectionDecisionService.proposalContext(municipality, quarter,
            inputs.rankedProblems(execution), null, inputs.commitmentChoices(execution),
            inputs.categories(execution)))).create());
  }
}
