package se.directioncycle.situationreport;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Organisation;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.JsonInput;
import se.directioncycle.taskform.TaskForm;

/** The situation picture's two task forms: each member's input and the coordinator's review of the report. */
@Configuration
class SituationReportForms {

  /** Camunda keeps string variables in a 4000-character column. */
  static final int MAX_SECTION = 4_000;

  record Sections(String mapping, String otherInformation, String analysis) {}

  /**
   * Each member organisation's task gets its own (task-local) input and context, so no member ever sees another
   * member's entries; on completion the organisation's submission is saved.
   */
  @Bean
  TaskForm<SituationInput> situationInput(SituationSubmissionService submissions,
      MunicipalityRegistry municipalities) {
    return TaskForm.form("situation-input", SITUATION_INPUT)
        .reads((input, task) -> {
          Municipality municipality = municipalities.get(municipality(task));
          return SituationInput.parse(task.getVariable(SITUATION_INPUT), municipality,
              organisationOf(task, municipality), offeredCategories(task));
        })
        .prepares(task -> {
          Municipality municipality = municipalities.get(municipality(task));
          Organisation organisation = organisationOf(task, municipality);
          task.setVariableLocal(SITUATION_CONTEXT, SpinValues.jsonValue(
              JsonInput.write(submissions.formContext(cycleId(task), municipality, organisation))).create());
          task.setVariableLocal(SITUATION_INPUT, SpinValues.jsonValue(
              JsonInput.write(SituationSubmissionService.emptyInput(organisation))).create());
        })
        .records((task, input) -> submissions.submit(cycleId(task),
            organisationOf(task, municipalities.get(municipality(task))), input, CurrentUser.idOrNull()));
  }

  /** The coordinator writes the report's three sections and approves it. */
  @Bean
  TaskForm<Sections> reviewSituationReport(SituationReportApproval approval) {
    return TaskForm.form("review-situation-report", MAPPING_SECTION, OTHER_INFORMATION_SECTION, ANALYSIS_SECTION)
        .reads((input, task) -> new Sections(
            input.text(MAPPING_SECTION, "Kartläggning av brottsligheten", MAX_SECTION, true),
            input.text(OTHER_INFORMATION_SECTION, "Annan relevant information", MAX_SECTION, true),
            input.text(ANALYSIS_SECTION, "Analys", MAX_SECTION, true)))
        .records((task, sections) -> approval.approve(((Number) task.getVariable(SITUATION_REPORT_ID)).longValue(),
            sections, CurrentUser.idOrNull()));
  }

  /** What the member's form offered: the categories in its task's context, as the form's schema declares. */
  private static List<String> offeredCategories(VariableScope task) {
    Map<String, Object> context = JsonInput.toMap(task.getVariable(SITUATION_CONTEXT), "Uppgiftens sammanhang");
    return JsonInput.choiceValues(context.get("categories"), "Kategorier");
  }

  private static Organisation organisationOf(VariableScope task, Municipality municipality) {
    String group = (String) task.getVariable(MEMBER_GROUP);
    String code = group.substring(municipality.id().length() + 1);
    return municipality.findOrganisation(code)
        .orElseThrow(() -> new IllegalStateException("Unknown member group " + group));
  }
}
