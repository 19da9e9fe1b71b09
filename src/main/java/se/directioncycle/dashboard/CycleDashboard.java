package se.directioncycle.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import se.directioncycle.direction.DirectionDecision;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.direction.Intervention;
import se.directioncycle.intervention.FollowUpService;
import se.directioncycle.intervention.TrafficLight;
import se.directioncycle.document.DocumentInfo;
import se.directioncycle.document.PublicDocuments;
import se.directioncycle.operations.CyclePhase;
import se.directioncycle.promise.PromisePeriod;
import se.directioncycle.promise.PromisePeriodService;
import se.directioncycle.promise.PromisePeriodStatus;
import se.directioncycle.situationreport.SituationReports;
import se.directioncycle.situationreport.SituationSubmissionService;
import se.directioncycle.engine.EngineClock;

/** Where each open cycle, annual assessment and promise period stands, for the coordinators' Cockpit dashboard. */
@Service
class CycleDashboard {

  public record DocumentLink(String title, String href) {}

  public record CycleStatusView(String businessKey, String municipality, String period, String phase,
      int submissionsReceived, int submissionsExpected, List<String> missingOrganisations, long overdueTasks,
      String nextDeadline, String decision, List<DocumentLink> documents, String processInstanceId,
      Timeline timeline, InterventionLights interventions, List<ChartLink> charts) {}

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

  /** A chart of the cycle's compiled situation report (a PNG behind the webapp session), with its text alternative. */
  public record ChartLink(String href, String alt, String caption) {}

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
  private final FollowUpService followUps;
  private final SituationReports reports;

  CycleDashboard(CycleService cycles, AnnualAssessmentService annualAssessments,
      PromisePeriodService promisePeriods, MunicipalityRegistry municipalities, SituationSubmissionService submissions,
      DirectionDecisionService decisions, PublicDocuments documents, RuntimeService runtimeService,
      TaskService taskService, FollowUpService followUps, SituationReports reports) {
    this.reports = reports;
    this.cycles = cycles;
    this.annualAssessments = annualAssessments;
    this.promisePeriods = promisePeriods;
    this.municipalities = municipalities;
    this.submissions = submissions;
    this.decisions = decisions;
    this.documents = documents;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.followUps = followUps;
  }

  /**
   * The open cycles of these municipalities (the caller's tenants; every one for an administrator). A constant number
   * of queries whatever the number of cycles: each kind of fact is read for all cycles at once.
   */
  @Transactional(readOnly = true)
  public List<CycleStatusView> openCycles(Collection<String> municipalityIds) {
    List<Cycle> open = cycles.openCycles(municipalityIds);
    if (open.isEmpty()) {
      return List.of();
    }
    List<Long> cycleIds = open.stream().map(Cycle::getId).toList();
    String[] instanceIds = open.stream().map(Cycle::getProcessInstanceId).filter(java.util.Objects::nonNull)
        .toArray(String[]::new);
    // metadata only: the dashboard never loads a PDF's bytes
    Map<Long, List<DocumentInfo>> documentsByCycle = documents.metadataOf(municipalityIds).stream()
        .filter(d -> d.cycleId() != null).collect(Collectors.groupingBy(DocumentInfo::cycleId));
    Map<Long, Set<String>> submitted = submissions.organisationsThatSubmitted(cycleIds);
    Map<Long, DirectionDecision> decided = decisions.decisionsOf(cycleIds);
    Map<String, List<Task>> tasks = openTasks(instanceIds);
    Map<String, Map<String, Object>> variables = cycleVariables(instanceIds);
    // the follow-up's colours: two queries for all cycles
    Map<Long, List<Intervention>> followedUp = decisions.registeredInterventionsOfCycles(cycleIds);
    Map<Long, String> lights = followUps.leadTrafficLights(followedUp.values().stream().flatMap(List::stream).toList());
    // one query for every open cycle's compiled report
    Map<Long, Long> reportIds = reports.reportIdsByCycle(cycleIds);
    List<CycleStatusView> rows = new ArrayList<>();
    for (Cycle cycle : open) {
      Map<String, Object> own = variables.getOrDefault(cycle.getProcessInstanceId(), Map.of());
      rows.add(status(cycle, documentsByCycle.getOrDefault(cycle.getId(), List.of()),
          submitted.getOrDefault(cycle.getId(), Set.of()), Optional.ofNullable(decided.get(cycle.getId())),
          tasks.getOrDefault(cycle.getProcessInstanceId(), List.of()), own,
          InterventionLights.of(followedUp.getOrDefault(cycle.getId(), List.of()), lights),
          charts(reportIds.get(cycle.getId()))));
    }
    return rows;
  }

  /** The open tasks of these process instances, by instance id: one query. */
  private Map<String, List<Task>> openTasks(String[] instanceIds) {
    return instanceIds.length == 0 ? Map.of() : taskService.createTaskQuery().processInstanceIdIn(instanceIds).list()
        .stream().collect(Collectors.groupingBy(Task::getProcessInstanceId));
  }

  /**
   * The cycles' phase and dates, by instance id: one variable query (an instance that has just ended answers
   * nothing instead of an error).
   */
  private Map<String, Map<String, Object>> cycleVariables(String[] instanceIds) {
    Map<String, Map<String, Object>> byInstance = new java.util.HashMap<>();
    if (instanceIds.length > 0) {
      runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceIds)
          .variableNameIn(CyclePhase.VARIABLE, QuarterlyDirectionCycleVariables.SUBMISSION_REMINDER_AT,
              QuarterlyDirectionCycleVariables.SUBMISSION_DEADLINE_AT, QuarterlyDirectionCycleVariables.QUARTER_ENDS_AT)
          .list().forEach(v -> byInstance.computeIfAbsent(v.getProcessInstanceId(), id -> new java.util.HashMap<>())
              .put(v.getName(), v.getValue()));
    }
    return byInstance;
  }

  /** The open annual assessments of these municipalities: which step waits, and its deadline. */
  @Transactional(readOnly = true)
  public List<AnnualAssessmentView> openAnnualAssessments(Collection<String> municipalityIds) {
    List<AnnualAssessmentView> rows = new ArrayList<>();
    List<AnnualAssessment> assessments = annualAssessments.openAssessments(municipalityIds);
    Map<String, List<Task>> tasks = openTasks(assessments.stream().map(AnnualAssessment::getProcessInstanceId)
        .filter(java.util.Objects::nonNull).toArray(String[]::new));
    for (AnnualAssessment assessment : assessments) {
      OpenTasks open = OpenTasks.of(tasks.getOrDefault(assessment.getProcessInstanceId(), List.of()));
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
    List<PromisePeriod> periods = promisePeriods.openPeriods(municipalityIds);
    Map<String, List<Task>> tasks = openTasks(periods.stream().map(PromisePeriod::getProcessInstanceId)
        .filter(java.util.Objects::nonNull).toArray(String[]::new));
    for (PromisePeriod period : periods) {
      OpenTasks open = OpenTasks.of(tasks.getOrDefault(period.getProcessInstanceId(), List.of()));
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

  /** The situation report's three charts once it is compiled; none before. */
  static List<ChartLink> charts(Long reportId) {
    if (reportId == null) {
      return List.of();
    }
    String base = "/documents/situation-report:" + reportId + "/charts/";
    return List.of(
        new ChartLink(base + "problems.png", "Stapeldiagram: de prioriterade problemen i rangordning, antal "
            + "observationer, färg efter prioritet, med högsta allvarlighet och trend",
            "Prioriterade problem: stapeln är antalet observationer, färgen prioriteten. Skälen står i lägesbilden."),
        new ChartLink(base + "categories.png", "Staplat stapeldiagram: antal observationer per problem, uppdelat på område",
            "Observationer per problem och område. Områden med färre än 5 observationer ingår i Övriga områden."),
        new ChartLink(base + "indicators.png", "Linjediagram: varje indikator de senaste åtta kvartalen, samma kvartal "
            + "i fjol markerat", "Indikatorerna de senaste åtta kvartalen; siffrorna står i lägesbildens PDF."));
  }

  private CycleStatusView status(Cycle cycle, List<DocumentInfo> cycleDocuments, Set<String> submitted,
      Optional<DirectionDecision> decision, List<Task> openTasks, Map<String, Object> variables,
      InterventionLights interventions, List<ChartLink> charts) {
    Municipality municipality = municipalities.get(cycle.getMunicipality());
    List<String> missing = municipality.organisations().stream().filter(o -> !submitted.contains(o.code()))
        .map(Organisation::swedishName).toList();
    Deadlines deadlines = Deadlines.of(openTasks);
    String decided = decision
        .map(d -> d.getDecisionNumber() != null ? "Fastställt " + d.getDecisionNumber() : "Förslag, version " + d.getRevision())
        .orElse("Inget förslag än");
    List<DocumentLink> links = cycleDocuments.stream().map(d -> new DocumentLink(d.title(), d.href())).toList();
    // the phase as the engine keeps it (PhaseVariable); none once the instance has ended
    String phase = variables.get(CyclePhase.VARIABLE) instanceof String name ? name : "–";
    return new CycleStatusView(cycle.getBusinessKey(), municipality.name(), cycle.getQuarter().label(), phase,
        submitted.size(), municipality.organisations().size(), missing, deadlines.overdue(), deadlines.next(), decided,
        links, cycle.getProcessInstanceId(), timeline(cycle, variables), interventions, charts);
  }

  private static Timeline timeline(Cycle cycle, Map<String, Object> dates) {
    java.util.function.Function<String, String> iso = name -> dates.get(name) instanceof Date d
        ? d.toInstant().toString() : null;
    String end = iso.apply(QuarterlyDirectionCycleVariables.QUARTER_ENDS_AT);
    return new Timeline(cycle.getQuarter().firstDay().atStartOfDay(EngineClock.SWEDEN).toInstant().toString(),
        iso.apply(QuarterlyDirectionCycleVariables.SUBMISSION_REMINDER_AT),
        iso.apply(QuarterlyDirectionCycleVariables.SUBMISSION_DEADLINE_AT),
        end != null ? end : cycle.getQuarter().lastDay().plusDays(1).atStartOfDay(EngineClock.SWEDEN).toInstant().toString(),
        EngineClock.now().toString(), java.util.Arrays.stream(CyclePhase.values()).map(CyclePhase::swedishName).toList());
  }
}
