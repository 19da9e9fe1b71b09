package se.directioncycle.direction;

import se.directioncycle.category.ProblemCategory;
import se.directioncycle.category.ProblemCategories;
import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.promise.CommitmentCatalogue;
import se.directioncycle.situationreport.RankedProblem;
import se.directioncycle.situationreport.SituationReports;

/**
 * What a proposal is checked against: this quarter's ranked problems, the previous decision's interventions and the
 * citizen-promise commitments in force with their parties.
 */
@Component
class ProposalInputs {

  private final SituationReports reports;
  private final DirectionDecisionService decisions;
  private final MunicipalityRegistry municipalities;
  private final CommitmentCatalogue commitments;
  private final ProblemCategories categories;

  ProposalInputs(SituationReports reports, DirectionDecisionService decisions,
      MunicipalityRegistry municipalities, CommitmentCatalogue commitments, ProblemCategories categories) {
    this.categories = categories;
    this.reports = reports;
    this.decisions = decisions;
    this.municipalities = municipalities;
    this.commitments = commitments;
  }

  /** The municipality's problem categories, retired ones included (their names still label stored problems). */
  List<ProblemCategory> categories(VariableScope scope) {
    return categories.all(municipality(scope));
  }

  /** The commitments of the citizen promise in force in the quarter's year, for the form's choice. */
  List<CommitmentCatalogue.Choice> commitmentChoices(VariableScope scope) {
    return commitments.inForce(municipality(scope), quarter(scope).year());
  }

  /** The commitments in force by id, each with the parties that made it. */
  Map<Long, Set<Organisation.Party>> commitmentParties(VariableScope scope) {
    return commitmentChoices(scope).stream()
        .collect(Collectors.toMap(CommitmentCatalogue.Choice::id, CommitmentCatalogue.Choice::parties, (a, b) -> a));
  }

  List<RankedProblem> rankedProblems(VariableScope scope) {
    Object reportId = scope.getVariable(SITUATION_REPORT_ID);
    if (reportId == null) {
      return List.of();
    }
    return reports.rankedProblemsOf(((Number) reportId).longValue());
  }

  Set<Long> carryOverCandidates(VariableScope scope) {
    Object previousDecisionId = scope.getVariable(PREVIOUS_DECISION_ID);
    if (previousDecisionId == null) {
      return Set.of();
    }
    return decisions.interventionsOf(((Number) previousDecisionId).longValue()).stream()
        .map(Intervention::getId).collect(Collectors.toCollection(HashSet::new));
  }

  static Quarter quarter(VariableScope scope) {
    return new Quarter(((Number) scope.getVariable(YEAR)).intValue(), ((Number) scope.getVariable(QUARTER)).intValue());
  }

  DirectionProposal parse(VariableScope scope) {
    // a focus area answers one of the quarter's ranked problems, or, when none was reported, any offered category
    Set<String> allowed = rankedProblems(scope).stream().map(RankedProblem::getCategory)
        .collect(Collectors.toSet());
    if (allowed.isEmpty()) {
      categories(scope).stream().filter(c -> !c.retired()).forEach(c -> allowed.add(c.code()));
    }
    return DirectionProposal.parse(scope.getVariable(DIRECTION_PROPOSAL), municipalities.get(municipality(scope)),
        quarter(scope), allowed, carryOverCandidates(scope),
        commitmentParties(scope));
  }
}
