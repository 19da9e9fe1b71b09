package se.directioncycle.promise;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.EngineClock;

/**
 * `ServiceTask_PublishPromises`: both have signed; the promises are in force and appear as open data. The
 * document module makes their PDF in the same transaction ({@link PromisesPublished}).
 */
@Component
public class PublishPromisesDelegate implements JavaDelegate {

  private final PromisePeriodService periods;

  PublishPromisesDelegate(PromisePeriodService periods) {
    this.periods = periods;
  }

  @Override
  public void execute(DelegateExecution execution) {
    periods.publish(CitizenPromiseVariables.periodId(execution), EngineClock.now());
  }
}
