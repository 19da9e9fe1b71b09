package se.directioncycle.intervention;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.direction.DirectionDecision;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.direction.Intervention;
import se.directioncycle.system.EngineClock;

/** `ServiceTask_CloseCycle`: closes the quarter with a summary for the municipal board (KS). */
@Component
public class CloseCycleDelegate implements JavaDelegate {

  private final CycleService cycles;
  private final DirectionDecisionService decisions;
  private final FollowUpService followUps;

  CloseCycleDelegate(CycleService cycles, DirectionDecisionService decisions, FollowUpService followUps) {
    this.cycles = cycles;
    this.decisions = decisions;
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DirectionDecision decision = decisions.get(decisionId(execution));
    StringBuilder summary = new StringBuilder("Kvartalsrapport till kommunstyrelsen – ")
        .append(execution.getVariable(MUNICIPALITY_NAME)).append(' ').append(decision.getQuarter().label())
        .append("\nInriktningsbeslut ").append(decision.getDecisionNumber()).append("\n\n");
    int green = 0;
    int yellow = 0;
    int red = 0;
    for (Intervention intervention : decisions.interventionsOf(decision.getId())) {
      List<FollowUpReport> reports = followUps.reportsOn(intervention.getId());
      FollowUpReport last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
      String light = last == null ? null : last.getTrafficLight();
      if (TrafficLight.GREEN.equals(light)) {
        green++;
      } else if (TrafficLight.YELLOW.equals(light)) {
        yellow++;
      } else if (TrafficLight.RED.equals(light)) {
        red++;
      }
      summary.append("- ").append(intervention.getTitle()).append(" (")
          .append(intervention.getResponsibleOrganisation().swedishName()).append("): ")
          .append(last == null ? "ingen statusrapport" : TrafficLight.swedish(light) + ", genomfört "
              + last.getProgressCount() + " (mål: " + intervention.getTarget() + ")")
          .append('\n');
    }
    summary.append("\nGröna: ").append(green).append(", gula: ").append(yellow).append(", röda: ").append(red)
        .append(".\n");
    cycles.close(cycleId(execution), summary.toString(), EngineClock.now());
  }
}
