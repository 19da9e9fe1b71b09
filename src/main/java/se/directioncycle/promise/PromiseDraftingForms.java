package se.directioncycle.promise;

import se.directioncycle.category.ProblemCategories;
import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.TaskTitles;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.DateWindow;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.JsonInput;
import se.directioncycle.input.TextVariable;
import se.directioncycle.taskform.TaskForm;

/** How the promises are drafted: the citizen dialogues, the focus areas and the draft itself. */
@Configuration
class PromiseDraftingForms {

  static final List<String> METHODS = List.of("meeting", "survey", "walk", "digital", "other");
  /** The labels of the form's choices (`record-dialogue.form`), for the promise document. */
  static final Map<String, String> METHOD_LABELS = Map.of("meeting", "Möte eller öppet hus", "survey", "Enkät",
      "walk", "Trygghetsvandring", "digital", "Digital dialog", "other", "Annat");
  static final int MAX_PARTICIPANTS = 100_000;
  static final int MAX_FOCUS_AREAS = 3;

  /**
   * One task per dialogue kind, each named for its kind; the dialogue in aggregate (method, date, number of
   * participants, places and themes), its free text checked for personal data like every other field.
   */
  @Bean
  TaskForm<DialogueRecord> recordDialogue(PromisePeriodService periods) {
    return TaskForm.form("record-dialogue", DIALOGUE_METHOD, HELD_ON, PARTICIPANTS, PLACES, THEMES_RAISED)
        .reads(PromiseDraftingForms::readDialogue)
        .prepares(task -> {
          DialogueKind kind = DialogueKind.valueOf((String) task.getVariable(DIALOGUE_KIND));
          task.setVariableLocal(DIALOGUE_LABEL, kind.label());
          // three tasks at once: each says which dialogue it is, in Tasklist's list, mails and the dashboard alike
          String title = task.getName();
          task.setName(kind.taskName() + title.substring(TaskTitles.diagramName(title).length()));
        })
        .records((task, dialogue) -> periods.recordDialogue(periodId(task), dialogue, CurrentUser.idOrNull(),
            EngineClock.now()));
  }

  /**
   * The coordinator with the community police officer decides 1–3 focus areas among the analysis' ranked problems;
   * the draft starts with one theme per focus area.
   */
  @Bean
  TaskForm<FocusAreaDecision> decideFocusAreas(PromisePeriodService periods, StatisticsAnalysisCompiler compiler,
      MunicipalityRegistry municipalities) {
    return TaskForm.form("decide-focus-areas", FOCUS_AREAS, FOCUS_MOTIVATION)
        .reads((input, task) -> readFocusAreas(input, task))
        .records((task, decision) -> {
          // the analysis ranks every category, so each choice has its row: the observations are stored with it
          List<StatisticsAnalysis.RankedCategory> chosen = compiler.compile(municipalities.get(municipality(task)),
                  ((Number) task.getVariable(START_YEAR)).intValue()).ranking().stream()
              .filter(c -> decision.categories().contains(c.category()))
              .sorted(Comparator.comparingInt(c -> decision.categories().indexOf(c.category())))
              .toList();
          periods.decideFocusAreas(periodId(task), chosen, decision.motivation());
          List<Map<String, Object>> themes = new ArrayList<>();
          for (StatisticsAnalysis.RankedCategory area : chosen) {
            Map<String, Object> theme = new LinkedHashMap<>();
            theme.put("title", area.label());
            theme.put("problemCategory", area.category());
            theme.put("goal", "");
            theme.put("commitments", List.of());
            themes.add(theme);
          }
          task.setVariable(PROMISE_DRAFT, SpinValues.jsonValue(JsonInput.write(Map.of("themes", themes))).create());
        });
  }

  /**
   * The draft promises. A new task shows the decided focus areas, the parties, and why an earlier draft came
   * back (the steering group's comment or a refused signature); the completed draft replaces the earlier one and
   * its text goes to the review and signature forms.
   */
  @Bean
  TaskForm<PromiseDraft> draftPromises(PromisePeriodService periods, PromiseTexts texts,
      ProblemCategories categories) {
    return TaskForm.form("draft-promises", PROMISE_DRAFT)
        .reads((input, task) -> PromiseDraft.parse(task.getVariable(PROMISE_DRAFT),
            periods.focusAreaCategories(periodId(task))))
        .prepares(task -> task.setVariableLocal(DRAFT_CONTEXT,
            SpinValues.jsonValue(JsonInput.write(draftContext(periods, categories, periodId(task)))).create()))
        .records((task, draft) -> {
          periods.saveDraft(periodId(task), draft);
          task.setVariable(PROMISE_SUMMARY, TextVariable.fit(texts.promises(periodId(task)), WHOLE_TEXT));
          // the next review starts empty, so an approval never carries an earlier return comment
          task.setVariable(REVIEW_DECISION, "");
          task.setVariable(REVIEW_COMMENT, "");
        });
  }

  static DialogueRecord readDialogue(InputReader input, VariableScope task) {
    DialogueKind kind = DialogueKind.valueOf((String) task.getVariable(DIALOGUE_KIND));
    String method = input.choice(DIALOGUE_METHOD, "Metod", METHODS, true);
    LocalDate heldOn = dialogueWindow(task).check(input, "Datum", input.date(HELD_ON, "Datum", true));
    Long participants = input.integer(PARTICIPANTS, "Antal deltagare", 1, MAX_PARTICIPANTS, true);
    String places = input.text(PLACES, "Platser", 1000, true);
    String themes = input.text(THEMES_RAISED, "Teman som togs upp", 4000, true);
    if (heldOn != null && heldOn.isAfter(EngineClock.now().atZone(EngineClock.SWEDEN).toLocalDate())) {
      input.problem("Datum", "får inte vara i framtiden – dokumentera dialogen när den har hållits.");
    }
    return new DialogueRecord(kind, method, heldOn, participants == null ? 0 : participants.intValue(), places,
        themes);
  }

  /** A dialogue is held within a year of the promise period (in practice, before it starts). */
  static DateWindow dialogueWindow(VariableScope task) {
    return DateWindow.aroundYears(((Number) task.getVariable(START_YEAR)).intValue(),
        ((Number) task.getVariable(END_YEAR)).intValue(), HELD_ON_PERIOD);
  }

  /** The chosen categories' codes, in the order chosen, and the motivation. */
  record FocusAreaDecision(List<String> categories, String motivation) {}

  /** A choice is checked against what the form offered: the analysis' ranking, every category of the municipality. */
  static FocusAreaDecision readFocusAreas(InputReader input, VariableScope task) {
    List<Object> codes = JsonInput.toList(task.getVariable(FOCUS_AREAS), "Fokusområden");
    Set<String> offered = new HashSet<>(JsonInput.choiceValues(task.getVariable(FOCUS_AREA_CHOICES),
        "Fokusområden att välja bland"));
    List<String> chosen = new ArrayList<>();
    for (Object code : codes) {
      if (offered.contains(String.valueOf(code))) {
        chosen.add(String.valueOf(code));
      } else {
        input.problem("Fokusområden", "har ett värde som inte finns bland valen.");
      }
    }
    if (codes.isEmpty()) {
      input.problem("Fokusområden", "måste ha minst ett val.");
    } else if (codes.size() > MAX_FOCUS_AREAS) {
      input.problem("Fokusområden", "får ha högst " + MAX_FOCUS_AREAS + " val (nu " + codes.size() + ").");
    } else if (new HashSet<>(codes).size() != codes.size()) {
      input.problem("Fokusområden", "har samma val två gånger.");
    }
    String motivation = input.text(FOCUS_MOTIVATION, "Motivering", 4000, false);
    return new FocusAreaDecision(chosen, motivation);
  }

  private static Map<String, Object> draftContext(PromisePeriodService periods, ProblemCategories categories,
      long periodId) {
    PromisePeriod period = periods.get(periodId);
    ProblemCategories.Labels labels = categories.labels(period.getMunicipality());
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("periodLabel", period.label());
    context.put("reviewComment", period.getReviewComment());
    context.put("refusalReason", period.getRefusalReason());
    context.put("focusAreas", periods.focusAreaCategories(periodId).stream()
        .map(code -> Map.of("value", code, "label", labels.of(code)))
        .toList());
    context.put("parties", Arrays.stream(Organisation.Party.values())
        .map(p -> Map.of("value", p.name(), "label", p.swedish())).toList());
    context.put("kinds", Arrays.stream(CommitmentKind.values())
        .map(k -> Map.of("value", k.name(), "label", k.swedish())).toList());
    return context;
  }
}
