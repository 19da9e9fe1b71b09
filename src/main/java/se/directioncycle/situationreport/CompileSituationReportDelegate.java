package se.directioncycle.situationreport;

import se.directioncycle.category.ProblemCategories;
import se.directioncycle.input.TextVariable;
import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;

/** `ServiceTask_CompileSituationReport`: compiles the report once collection has closed. */
@Component
class CompileSituationReportDelegate implements JavaDelegate {

  private final SituationReportCompiler compiler;
  private final MunicipalityRegistry municipalities;
  private final ProblemCategories categories;

  CompileSituationReportDelegate(SituationReportCompiler compiler, MunicipalityRegistry municipalities,
      ProblemCategories categories) {
    this.compiler = compiler;
    this.municipalities = municipalities;
    this.categories = categories;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SituationReport report = compiler.compile(cycleId(execution), municipalities.get(municipality(execution)));
    execution.setVariable(SITUATION_REPORT_ID, report.getId());
    execution.setVariable(SITUATION_SUMMARY, TextVariable.shown(SituationReportCompiler.summaryVariable(report)));
    execution.setVariable(RANKED_PROBLEMS_TEXT,
        TextVariable.shown(SituationReportCompiler.rankedProblemsText(report.getRankedProblems(),
            categories.labels(municipality(execution)))));
  }
}
