package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.directioncycle.survey.SafetySurvey;
import se.directioncycle.survey.SafetySurveys;
import se.directioncycle.system.InputReader;
import se.directioncycle.system.InvalidInputException;
import se.directioncycle.system.TaskInputValidator;

/**
 * `UserTask_ImportSafetySurvey`: the form explains where the CSV file goes and asks the coordinator to confirm
 * the import; the task completes only when a survey for the assessment's year is stored, and remembers which import the picture rests on.
 */
@Component
public class SurveyImportTaskListener implements TaskListener, TaskInputValidator {

  public static final String TASK = "UserTask_ImportSafetySurvey";

  private final SafetySurveys surveys;

  SurveyImportTaskListener(SafetySurveys surveys) {
    this.surveys = surveys;
  }

  @Override
  public String taskDefinitionKey() {
    return TASK;
  }

  @Override
  public Set<String> acceptedVariables() {
    return Set.of(SURVEY_IMPORTED);
  }

  @Override
  public void validate(VariableScope task) {
    storedSurvey(task);
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(SURVEY_ID, storedSurvey(task).getId());
  }

  private SafetySurvey storedSurvey(VariableScope task) {
    InputReader input = new InputReader(task.getVariables());
    Boolean confirmed = input.bool(SURVEY_IMPORTED, "Trygghetsmätningen för året är importerad");
    if (Boolean.FALSE.equals(confirmed)) {
      input.problem("Trygghetsmätningen för året är importerad", "måste kryssas i när filen är importerad.");
    }
    input.throwIfInvalid();
    String municipality = municipality(task);
    int year = year(task);
    return surveys.find(municipality, year).orElseThrow(() -> new InvalidInputException(
        "«Trygghetsmätning» för " + year + " är inte importerad för " + task.getVariable(MUNICIPALITY_NAME)
            + ". Ladda upp CSV-filen med POST " + task.getVariable(SURVEY_ENDPOINT)
            + " (se docs/safety-survey-format.md) och slutför sedan uppgiften."));
  }
}
