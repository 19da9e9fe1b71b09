package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Organisation;
import se.directioncycle.input.TextVariable;

/**
 * `ServiceTask_RegisterFollowUp`: after the last year's follow-up the period has ended and the feedback report
 * gets every year's progress; otherwise the next year's follow-up is scheduled.
 */
@Component
class RegisterFollowUpDelegate implements JavaDelegate {

  private final PromiseTexts texts;
  private final CitizenPromiseProperties timing;

  RegisterFollowUpDelegate(PromiseTexts texts, CitizenPromiseProperties timing) {
    this.texts = texts;
    this.timing = timing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = followUpYear(execution);
    int endYear = ((Number) execution.getVariable(END_YEAR)).intValue();
    if (year >= endYear) {
      List<Organisation.Party> all = Arrays.asList(Organisation.Party.values());
      long periodId = periodId(execution);
      int startYear = ((Number) execution.getVariable(START_YEAR)).intValue();
      StringBuilder progress = new StringBuilder();
      for (int y = startYear; y <= endYear; y++) {
        progress.append(texts.progress(periodId, y, all)).append("\n");
      }
      execution.setVariable(FINAL_PROGRESS, TextVariable.fit(progress.toString(), WHOLE_TEXT));
      execution.setVariable(PERIOD_ENDED, true);
    } else {
      execution.setVariable(FOLLOW_UP_YEAR, year + 1);
      PeriodMonths months = new PeriodMonths(YearMonth.parse((String) execution.getVariable(FIRST_MONTH)),
          YearMonth.parse((String) execution.getVariable(LAST_MONTH)));
      execution.setVariable(FOLLOW_UP_DUE_AT, RegisterPromisePeriodDelegate.followUpDue(timing, months, year + 1));
      execution.setVariable(PERIOD_ENDED, false);
    }
  }
}
