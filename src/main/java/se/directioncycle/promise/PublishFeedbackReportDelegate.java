package se.directioncycle.promise;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.EngineClock;

/**
 * `ServiceTask_PublishFeedbackReport`: the feedback report joins the open data and the period is closed. The
 * document module makes its PDF in the same transaction ({@link FeedbackReportPublished}).
 */
@Component
public class PublishFeedbackReportDelegate implements JavaDelegate {

  private final PromisePeriodService periods;

  PublishFeedbackReportDelegate(PromisePeriodService periods) {
    this.periods = periods;
  }

  @Override
  public void execute(DelegateExecution execution) {
    periods.close(CitizenPromiseVariables.periodId(execution), EngineClock.now());
  }
}
