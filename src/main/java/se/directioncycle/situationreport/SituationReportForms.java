package se.directioncycle.situationreport;

import static se.directioncycle.cycle.QuarterlyDirectionCycleVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
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
   * Each member organisation's task gets its own (task-local) context, so no member ever sees another member's
   * entries. The input starts empty: the embedded form builds the empty input from the context, and a submission
   * lives on the task only in the command that submits it (TaskForm.startsEmpty); on completion the organisation's
   * submission is saved.
   */
  @Bean
  TaskForm<SituationInput> situationInput(SituationSubmissionService submissions,
      MunicipalityRegistry municipalities) {
    return TaskForm.form("situation-input", SITUATION_INPUT)
        .reads((input, task) -> {
          Municipality municipality = municipalities.get(municipality(task));
          return SituationInput.parse(submittedInput(task), municipality, organisationOf(task, municipality),
              offeredCategories(task));
        })
        .startsEmpty()
        .prepares(task -> {
          Municipality municipality = municipalities.get(municipality(task));
          task.setVariableLocal(SITUATION_CONTEXT, SpinValues.jsonValue(JsonInput.write(
              submissions.formContext(cycleId(task), municipality, organisationOf(task, municipality)))).create());
        })
        .records((task, input) -> submissions.submit(cycleId(task),
            organisationOf(task, municipalities.get(municipality(task))), input, CurrentUser.idOrNull()));
  }

  /**
   * The submitted input as the text it was sent as, read from the task itself: a Json value arrives unparsed and
   * is parsed by the form's rules, with their limits and messages, not by the engine.
   */
  private static Object submittedInput(VariableScope task) {
    TypedValue value = task.getVariableLocalTyped(SITUATION_INPUT, false);
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return value == null ? null : value.getValue();
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
