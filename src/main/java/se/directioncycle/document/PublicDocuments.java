package se.directioncycle.document;

import se.directioncycle.category.ProblemCategories;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.AreaMaps;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.CycleClosed;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.direction.DirectionDecision;
import se.directioncycle.direction.DirectionDecisionRegistered;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.evaluation.EvaluationSummarized;
import se.directioncycle.evaluation.EvaluationSummaryService;
import se.directioncycle.situationreport.IndicatorTotal;
import se.directioncycle.situationreport.SituationReport;
import se.directioncycle.situationreport.SituationReportApproved;
import se.directioncycle.situationreport.SituationReports;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.privacy.SmallCounts;

/**
 * Generates each public document once, when its phase completes, inside that phase's transaction: a
 * retried job finds the document already there, and a failure rolls the step back with it.
 */
@Service
public class PublicDocuments {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final PublicDocumentRepository documents;
  private final PdfRenderer pdf;
  private final CycleService cycles;
  private final DirectionDecisionService decisions;
  private final SituationReports reports;
  private final MunicipalityRegistry municipalities;
  private final IdentityService identityService;
  private final EvaluationSummaryService evaluationSummaries;
  private final ProblemCategories categories;
  private final DocumentCharts charts;
  private final AreaMaps areaMaps;

  PublicDocuments(PublicDocumentRepository documents, PdfRenderer pdf, CycleService cycles,
      DirectionDecisionService decisions, SituationReports reports, MunicipalityRegistry municipalities,
      IdentityService identityService, EvaluationSummaryService evaluationSummaries, ProblemCategories categories,
      DocumentCharts charts, AreaMaps areaMaps) {
    this.areaMaps = areaMaps;
    this.categories = categories;
    this.charts = charts;
    this.evaluationSummaries = evaluationSummaries;
    this.documents = documents;
    this.pdf = pdf;
    this.cycles = cycles;
    this.decisions = decisions;
    this.reports = reports;
    this.municipalities = municipalities;
    this.identityService = identityService;
  }

  /** The cycle's public documents in the order they were made. */
  @Transactional(readOnly = true)
  public List<PublicDocument> ofCycle(long cycleId) {
    return documents.findByCycleIdOrderById(cycleId);
  }

  /** Every public document of these municipalities, oldest first, without its content (for overviews). */
  @Transactional(readOnly = true)
  public List<DocumentInfo> metadataOf(java.util.Collection<String> municipalities) {
    return municipalities.isEmpty() ? List.of() : documents.findInfoByMunicipalityIn(municipalities);
  }

  /** The document made from this source ("situation-report:12"), once it has been made. */
  @Transactional(readOnly = true)
  public Optional<PublicDocument> find(String sourceKey) {
    return documents.findBySourceKey(sourceKey);
  }

  @EventListener
  @Transactional
  public void onDecisionRegistered(DirectionDecisionRegistered event) {
    String sourceKey = DirectionDecisionRegistered.documentKey(event.decisionId());
    if (documents.existsBySourceKey(sourceKey)) {
      return;
    }
    DirectionDecision decision = decisions.get(event.decisionId());
    Cycle cycle = cycles.get(decision.getCycleId());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("number", decision.getDecisionNumber());
    model.put("municipality", event.municipalityName());
    model.put("period", decision.getQuarter().label());
    model.put("meetingDate", DATE.format(decision.getMeetingDate()));
    model.put("paragraph", decision.getProtocolParagraph());
    model.put("decidedBy", displayName(decision.getDecidedBy()));
    model.put("registeredAt", DATE.format(decision.getRegisteredAt().atZone(EngineClock.SWEDEN)));
    model.put("checksum", decision.getDocumentSha256());
    List<Map<String, Object>> areas = new ArrayList<>();
    ProblemCategories.Labels labels = categories.labels(cycle.getMunicipality());
    decision.getFocusAreas().forEach(area -> areas.add(Map.of(
        "title", area.getTitle(),
        "problem", labels.of(area.getProblemCategory()),
        "goal", area.getGoal(),
        "interventions", area.getInterventions().stream().map(i -> Map.of(
            "title", i.getTitle(),
            // a joint intervention names its lead first, then who carries it out with the lead
            "responsible", i.getParticipants().isEmpty() ? i.getResponsibleOrganisation().swedishName()
                : i.getResponsibleOrganisation().swedishName() + " (ansvarig) med " + i.getParticipants().stream()
                    .map(Organisation::swedishName).collect(java.util.stream.Collectors.joining(", ")),
            "where", String.join(", ", i.getAreas()),
            "period", DATE.format(i.getPeriodStart()) + " – " + DATE.format(i.getPeriodEnd()),
            "indicator", i.getIndicator(),
            "target", i.getTarget())).toList())));
    model.put("focusAreas", areas);
    String title = "Inriktningsbeslut " + decision.getDecisionNumber() + " – " + event.municipalityName();
    documents.save(new PublicDocument(cycle.getMunicipality(), cycle.getId(), PublicDocument.Kind.DIRECTION_DECISION,
        sourceKey, title, fileName("inriktningsbeslut " + decision.getDecisionNumber() + " " + cycle.getMunicipality()),
        pdf.render("direction-decision", model), EngineClock.now()));
  }

  @EventListener
  @Transactional
  public void onSituationReportApproved(SituationReportApproved event) {
    String sourceKey = "situation-report:" + event.reportId();
    if (documents.existsBySourceKey(sourceKey)) {
      return;
    }
    SituationReport report = reports.get(event.reportId());
    Cycle cycle = cycles.get(report.getCycleId());
    String municipality = municipalities.get(cycle.getMunicipality()).name();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("municipality", municipality);
    model.put("period", cycle.getQuarter().label());
    model.put("approvedAt", DATE.format(report.getApprovedAt().atZone(EngineClock.SWEDEN)));
    model.put("mapping", report.getMappingSection());
    model.put("otherInformation", report.getOtherInformationSection());
    model.put("analysis", report.getAnalysisSection());
    model.put("missing", Optional.ofNullable(report.getMissingOrganisations()).orElse(""));
    model.put("indicators", report.getIndicatorTotals().stream().map(PublicDocuments::indicatorRow).toList());
    model.put("trend", charts.indicators(cycle, report).model());
    model.put("categoryChart", charts.categories(cycle, report).model());
    model.put("problemChart", charts.problems(cycle, report).model());
    ProblemCategories.Labels labels = categories.labels(cycle.getMunicipality());
    model.put("problems", report.getRankedProblems().stream().map(p -> Map.of(
        "rank", p.getRankOrder(),
        "category", labels.of(p.getCategory()),
        "observations", p.getObservationCount(),
        "severity", p.getMaxSeverity(),
        "trend", p.getTrendLabel(),
        "priority", p.getPriorityLabel(),
        "areas", p.getAreaBreakdown(),
        "explanation", p.getExplanation())).toList());
    model.put("map", areaMap(cycle, report));
    documents.save(new PublicDocument(cycle.getMunicipality(), cycle.getId(), PublicDocument.Kind.SITUATION_REPORT,
        sourceKey, "Lägesbild " + cycle.getQuarter().label() + " – " + municipality,
        fileName("lagesbild " + cycle.getBusinessKey()), pdf.render("situation-report", model), EngineClock.now()));
  }

  @EventListener
  @Transactional
  public void onEvaluationSummarized(EvaluationSummarized event) {
    Cycle cycle = cycles.get(event.cycleId());
    evaluationSummaries.ofCycle(event.cycleId()).ifPresent(summary -> saveTextReport(cycle,
        PublicDocument.Kind.EVALUATION, "evaluation:" + cycle.getId(), "Utvärdering av föregående kvartal",
        "utvardering", summary.getSummary()));
  }

  @EventListener
  @Transactional
  public void onCycleClosed(CycleClosed event) {
    Cycle cycle = cycles.get(event.cycleId());
    saveTextReport(cycle, PublicDocument.Kind.BOARD_REPORT, CycleClosed.documentKey(cycle.getId()),
        "Kvartalsrapport till kommunstyrelsen", "kvartalsrapport-ks", cycle.getBoardSummary());
  }

  /** A report whose content is the step's own Swedish text: headings, list items and paragraphs. */
  private void saveTextReport(Cycle cycle, PublicDocument.Kind kind, String sourceKey, String heading,
      String filePrefix, String text) {
    if (documents.existsBySourceKey(sourceKey)) {
      return;
    }
    String municipality = municipalities.get(cycle.getMunicipality()).name();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("heading", heading);
    model.put("municipality", municipality);
    model.put("period", cycle.getQuarter().label());
    model.put("blocks", TextBlocks.of(text == null ? "" : text));
    documents.save(new PublicDocument(cycle.getMunicipality(), cycle.getId(), kind, sourceKey,
        heading + " " + cycle.getQuarter().label() + " – " + municipality,
        fileName(filePrefix + " " + cycle.getBusinessKey()), pdf.render("text-report", model), EngineClock.now()));
  }

  /**
   * The areas with a place on the map, drawn alone and shaded by the quarter's observations as the grouped breakdown
   * shows them (a count of five or more, or "–"), and the same figures as a table with the group's total and the
   * decided interventions that ran in each area when the report was compiled; null when the municipality's areas have
   * no place on the map.
   */
  private Map<String, Object> areaMap(Cycle cycle, SituationReport report) {
    List<AreaMaps.AreaShape> shapes = areaMaps.of(cycle.getMunicipality());
    if (shapes.isEmpty()) {
      return null;
    }
    Map<String, Long> grouped = SmallCounts.grouped(reports.observationsPerArea(cycle.getId(), cycle.getQuarter())
        .counts());
    Map<String, Long> interventions = decisions.interventionsPerArea(cycle.getMunicipality(),
        report.getCompiledAt().atZone(EngineClock.SWEDEN).toLocalDate());
    List<AreaMapPicture.Area> areas = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AreaMaps.AreaShape shape : shapes) {
      String shown = SmallCounts.onMap(grouped, shape.name());
      areas.add(new AreaMapPicture.Area(shape.name(), shape.geometry(), shown, SmallCounts.band(shown)));
      rows.add(Map.of("area", shape.name(), "observations", shown,
          "interventions", interventions.getOrDefault(shape.name(), 0L).toString()));
    }
    if (grouped.containsKey(SmallCounts.OTHER_AREAS)) {
      rows.add(Map.of("area", SmallCounts.OTHER_AREAS, "observations", grouped.get(SmallCounts.OTHER_AREAS).toString(),
          "interventions", ""));
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("image", AreaMapPicture.dataUri(areas));
    map.put("rows", rows);
    return map;
  }

  private static Map<String, Object> indicatorRow(IndicatorTotal total) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("label", DocumentCharts.indicatorLabel(total.getIndicatorCode()));
    row.put("total", total.getTotal());
    row.put("previous", total.getPreviousQuarter() == null ? "–" : total.getPreviousQuarter().toString());
    row.put("lastYear", total.getSameQuarterLastYear() == null ? "–" : total.getSameQuarterLastYear().toString());
    row.put("trend", trend(total.getTotal(), total.getPreviousQuarter()));
    // bar lengths for the chart, in per cent of the largest of the three values
    long previous = total.getPreviousQuarter() == null ? 0 : total.getPreviousQuarter();
    long lastYear = total.getSameQuarterLastYear() == null ? 0 : total.getSameQuarterLastYear();
    double max = Math.max(1, Math.max(total.getTotal(), Math.max(previous, lastYear)));
    row.put("barNow", Math.round(100 * total.getTotal() / max));
    row.put("barPrevious", Math.round(100 * previous / max));
    row.put("barLastYear", Math.round(100 * lastYear / max));
    return row;
  }

  private static String trend(long now, Long before) {
    if (before == null) {
      return "ny";
    }
    return now > before ? "ökar" : now < before ? "minskar" : "oförändrad";
  }

  private String displayName(String userId) {
    return userId == null ? "Rådets ordförande" : nameOf(identityService, userId);
  }

  /** The person's name as the identity service has it, else the user id. */
  static String nameOf(IdentityService identityService, String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
  }

  /** ASCII file names: "inriktningsbeslut-bra-2027-1-alvkarleby.pdf". */
  static String fileName(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".pdf";
  }
}
