package se.directioncycle.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.annual.AnnualAssessment;
import se.directioncycle.annual.AnnualAssessmentService;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.cycle.QuarterlyDirectionCycleVariables;
import se.directioncycle.cycle.TaskTitles;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.direction.Intervention;
import se.directioncycle.intervention.FollowUpService;
import se.directioncycle.intervention.TrafficLight;
import se.directioncycle.document.DocumentInfo;
import se.directioncycle.document.PublicDocuments;
import se.directioncycle.operations.CyclePhase;
import se.directioncycle.operations.CyclePhases;
import se.directioncycle.promise.PromisePeriod;
import se.directioncycle.promise.PromisePeriodService;
import se.directioncycle.promise.PromisePeriodStatus;
import se.directioncycle.situationreport.SituationSubmissionService;
import se.directioncycle.engine.EngineClock;

/** Where each open cycle, annual assessment and promise period stands, for the coordinators' Cockpit dashboard. */
@Service
class CycleDashboard {

  public record DocumentLink(String title, String href) {}

  public record CycleStatusView(String businessKey, String municipality, String period, String phase,
      int submissionsReceived, int submissionsExpected, List<String> missingOrganisations, long overdueTasks,
      String nextDeadline, String decision, List<DocumentLink> documents, String processInstanceId,
      Timeline timeline, InterventionLights interventions) {}

  /**
   * The interventions the quarter follows up (those of its registered decision) by the colour of their lead's latest
   * status report; {@code notReported} before the lead's first.
   */
  public record InterventionLights(int green, int yellow, int red, int notReported) {
    static InterventionLights of(List<Intervention> interventions, Map<Long, String> lights) {
      int green = 0;
      int yellow = 0;
      int red = 0;
      for (Intervention intervention : interventions) {
        String light = lights.get(intervention.getId());
        if (TrafficLight.GREEN.equals(light)) {
          green++;
        } else if (TrafficLight.YELLOW.equals(light)) {
          yellow++;
        } else if (TrafficLight.RED.equals(light)) {
          red++;
        }
      }
      return new InterventionLights(green, yellow, red, interventions.size() - green - yellow - red);
    }
  }

  /**
   * The quarter at a glance: its first day, the submission reminder and deadline, its end and now (ISO-8601, the
   * engine clock), and the cycle's phases in order.
   */
  public record Timeline(String quarterStart, String reminderAt, String deadlineAt, String quarterEnd, String now,
      List<String> phases) {}

  public record AnnualAssessmentView(String businessKey, String municipality, int year, String step,
      long overdueTasks, String nextDeadline, String processInstanceId) {}

  public record PromisePeriodView(String businessKey, String municipality, String period, String status, String step,
      long overdueTasks, String nextDeadline, String processInstanceId) {}

  private final CycleService cycles;
  private final AnnualAssessmentService annualAssessments;
  private final PromisePeriodService promisePeriods;
  private final MunicipalityRegistry municipalities;
  private final SituationSubmissionService submissions;
  private final DirectionDecisionService decisions;
  private final PublicDocuments documents;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final CyclePhases phases;
  private final FollowUpService followUps;

  CycleDashboard(CycleService cycles, AnnualAssessmentService annualAssessments,
      PromisePeriodService promisePeriods, MunicipalityRegistry municipalities, SituationSubmissionService submissions,
      DirectionDecisionService decisions, PublicDocuments documents, RuntimeService runtimeService,
      TaskService taskService, CyclePhases phases, FollowUpService followUps) {
    this.cycles = cycles;
    this.annualAssessments = annualAssessments;
    this.promisePeriods = promisePeriods;
    this.municipalities = municipalities;
    this.submissions = submissions;
    this.decisions = decisions;
    this.documents = documents;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.phases = phases;
    this.followUps = followUps;
  }

  /** The open cycles of these municipalities (the caller's tenants; every one for an administrator). */
  @Transactional(readOnly = true)
  public List<CycleStatusView> openCycles(Collection<String> municipalityIds) {
    List<CycleStatusView> rows = new ArrayList<>();
    List<Cycle> open = cycles.openCycles(municipalityIds);
    // metadata only: the dashboard never loads a PDF's bytes
    java.util.Map<Long, List<DocumentInfo>> documentsByCycle = open.isEmpty() ? java.util.Map.of()
        : documents.metadataOf(municipalityIds).stream().filter(d -> d.cycleId() != null)
            .collect(Collectors.groupingBy(DocumentInfo::cycleId));
    // the follow-up's colours for every open cycle at once: two queries, whatever the number of cycles
    Map<Long, List<Intervention>> followedUp = decisions.registeredInterventionsOfCycles(
        open.stream().map(Cycle::getId).toList());
    Map<Long, String> lights = followUps.leadTrafficLights(followedUp.values().stream().flatMap(List::stream).toList());
    for (Cycle cycle : open) {
      rows.add(status(cycle, documentsByCycle.getOrDefault(cycle.getId(), List.of()),
          InterventionLights.of(followedUp.getOrDefault(cycle.getId(), List.of()), lights)));
    }
    return rows;
  }

  /** The open annual assessments of these municipalities: which step waits, and its deadline. */
  @Transactional(readOnly = true)
  public List<AnnualAssessmentView> openAnnualAssessments(Collection<String> municipalityIds) {
    List<AnnualAssessmentView> rows = new ArrayList<>();
    for (AnnualAssessment assessment : annualAssessments.openAssessments(municipalityIds)) {
      OpenTasks open = OpenTasks.of(taskService.createTaskQuery()
          .processInstanceBusinessKey(assessment.getBusinessKey()).list());
      rows.add(new AnnualAssessmentView(assessment.getBusinessKey(), municipalities.get(assessment.getMunicipality()).name(),
          assessment.getYear(), open.step().isEmpty() ? "Bearbetas" : open.step(), open.deadlines().overdue(),
          open.deadlines().next(), assessment.getProcessInstanceId()));
    }
    return rows;
  }

  /** The promise periods of these municipalities that are not closed: status, the waiting step, deadlines. */
  @Transactional(readOnly = true)
  public List<PromisePeriodView> openPromisePeriods(Collection<String> municipalityIds) {
    List<PromisePeriodView> rows = new ArrayList<>();
    for (PromisePeriod period : promisePeriods.openPeriods(municipalityIds)) {
      OpenTasks open = OpenTasks.of(taskService.createTaskQuery().processInstanceBusinessKey(period.getBusinessKey())
          .list());
      rows.add(new PromisePeriodView(period.getBusinessKey(), municipalities.get(period.getMunicipality()).name(),
          period.label(), period.getStatus().label(),
          open.step().isEmpty() ? (period.getStatus() == PromisePeriodStatus.IN_FORCE ? "Årlig uppföljning" : "Bearbetas")
              : open.step(),
          open.deadlines().overdue(), open.deadlines().next(), period.getProcessInstanceId()));
    }
    return rows;
  }

  /** The diagram names of a process's open tasks ("Kommentera årets resultat"), and their deadlines. */
  private record OpenTasks(String step, Deadlines deadlines) {
    static OpenTasks of(List<Task> open) {
      return new OpenTasks(open.stream().map(t -> TaskTitles.diagramName(t.getName())).distinct()
          .collect(Collectors.joining(", ")), Deadlines.of(open));
    }
  }

  /** Overdue count and the next deadline of a set of open tasks, as of the engine clock. */
  private record Deadlines(long overdue, String next) {
    static Deadlines of(List<Task> open) {
      Date now = Date.from(EngineClock.now());
      long overdue = open.stream().filter(t -> t.getDueDate() != null && t.getDueDate().before(now)).count();
      // ISO-8601 text: Cockpit's JSON provider has no java.time support
      String next = open.stream().map(Task::getDueDate).filter(d -> d != null && !d.before(now))
          .min(Date::compareTo).map(d -> d.toInstant().toString()).orElse(null);
      return new Deadlines(overdue, next);
    }
  }

  private CycleStatusView status(Cycle cycle, List<DocumentInfo> cycleDocuments, InterventionLights interventions) {
    Municipality municipality = municipalities.get(cycle.getMunicipality());
    Set<String> submitted = submissions.organisationsThatSubmitted(cycle.getId());
    List<String> missing = municipality.organisations().stream().filter(o -> !submitted.contains(o.code()))
        .map(Organisation::swedishName).toList();
    Deadlines deadlines = Deadlines.of(taskService.createTaskQuery().processInstanceBusinessKey(cycle.getBusinessKey()).list());
    String decision = decisions.decisionOf(cycle.getId())
        .map(d -> d.getDecisionNumber() != null ? "Fastställt " + d.getDecisionNumber() : "Förslag, version " + d.getRevision())
        .orElse("Inget förslag än");
    List<DocumentLink> links = cycleDocuments.stream().map(d -> new DocumentLink(d.title(), d.href())).toList();
    return new CycleStatusView(cycle.getBusinessKey(), municipality.name(), cycle.getQuarter().label(), phase(cycle),
        submitted.size(), municipality.organisations().size(), missing, deadlines.overdue(), deadlines.next(), decision, links,
        cycle.getProcessInstanceId(), timeline(cycle), interventions);
  }

  private Timeline timeline(Cycle cycle) {
    // a query, not getVariables: a cycle whose instance has just ended answers no dates instead of an error
    Map<String, Object> dates = new java.util.HashMap<>();
    if (cycle.getProcessInstanceId() != null) {
      runtimeService.createVariableInstanceQuery().processInstanceIdIn(cycle.getProcessInstanceId())
          .variableNameIn(QuarterlyDirectionCycleVariables.SUBMISSION_REMINDER_AT,
              QuarterlyDirectionCycleVariables.SUBMISSION_DEADLINE_AT, QuarterlyDirectionCycleVariables.QUARTER_ENDS_AT)
          .list().forEach(v -> dates.put(v.getName(), v.getValue()));
    }
    java.util.function.Function<String, String> iso = name -> dates.get(name) instanceof Date d
        ? d.toInstant().toString() : null;
    String end = iso.apply(QuarterlyDirectionCycleVariables.QUARTER_ENDS_AT);
    return new Timeline(cycle.getQuarter().firstDay().atStartOfDay(EngineClock.SWEDEN).toInstant().toString(),
        iso.apply(QuarterlyDirectionCycleVariables.SUBMISSION_REMINDER_AT),
        iso.apply(QuarterlyDirectionCycleVariables.SUBMISSION_DEADLINE_AT),
        end != null ? end : cycle.getQuarter().lastDay().plusDays(1).atStartOfDay(EngineClock.SWEDEN).toInstant().toString(),
        EngineClock.now().toString(), java.util.Arrays.stream(CyclePhase.values()).map(CyclePhase::swedishName).toList());
  }

  private String phase(Cycle cycle) {
    ProcessInstance instance = cycle.getProcessInstanceId() == null ? null
        : runtimeService.createProcessInstanceQuery().processInstanceId(cycle.getProcessInstanceId()).singleResult();
    if (instance == null) {
      return "–";
    }
    return phases.phaseOf(instance.getProcessDefinitionId(), runtimeService.getActiveActivityIds(instance.getId()))
        .map(CyclePhase::swedishName).orElse("–");
  }
}
