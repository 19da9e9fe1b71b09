package se.directioncycle.cycle;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.EngineClock;

/** `ServiceTask_CloseCycle`: closes the quarter with its report to the municipal board (KS). */
@Component
class CloseCycleDelegate implements JavaDelegate {

  private final CycleService cycles;

  CloseCycleDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.closeWithBoardReport(cycleId(execution), decisionId(execution),
        (String) execution.getVariable(MUNICIPALITY_NAME), EngineClock.now());
  }
}
