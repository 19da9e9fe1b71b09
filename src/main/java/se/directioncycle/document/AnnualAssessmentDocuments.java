package se.directioncycle.document;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.annual.ActionPlan;
import se.directioncycle.annual.ActionPlanDecided;
import se.directioncycle.annual.AnnualAssessment;
import se.directioncycle.annual.AnnualAssessmentService;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.engine.EngineClock;

/**
 * The annual assessment's public document, made once in the transaction of the step that publishes the board's
 * decision (as {@link PublicDocuments} does for the quarter): the decided action plan with the year's picture it rests
 * on. A retried job finds it already there.
 */
@Service
class AnnualAssessmentDocuments {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final PublicDocumentRepository documents;
  private final PdfRenderer pdf;
  private final AnnualAssessmentService assessments;
  private final MunicipalityRegistry municipalities;
  private final IdentityService identityService;
  private final DocumentCharts charts;

  AnnualAssessmentDocuments(PublicDocumentRepository documents, PdfRenderer pdf, AnnualAssessmentService assessments,
      MunicipalityRegistry municipalities, IdentityService identityService, DocumentCharts charts) {
    this.charts = charts;
    this.documents = documents;
    this.pdf = pdf;
    this.assessments = assessments;
    this.municipalities = municipalities;
    this.identityService = identityService;
  }

  @EventListener
  @Transactional
  public void onActionPlanDecided(ActionPlanDecided event) {
    String sourceKey = ActionPlanDecided.documentKey(event.assessmentId());
    if (documents.existsBySourceKey(sourceKey)) {
      return;
    }
    AnnualAssessment assessment = assessments.get(event.assessmentId());
    String municipality = municipalities.get(assessment.getMunicipality()).name();
    String title = "Åtgärdsplan " + assessment.getYear() + " – " + municipality;
    ActionPlan plan = assessment.getActionPlan();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("municipality", municipality);
    model.put("year", assessment.getYear());
    model.put("decisionDate", DATE.format(assessment.getDecisionDate()));
    model.put("paragraph", assessment.getProtocolParagraph());
    model.put("decidedBy", assessment.getDecidedBy() == null ? "Kommunstyrelsen"
        : PublicDocuments.nameOf(identityService, assessment.getDecidedBy()));
    model.put("registeredAt", DATE.format(assessment.getDecidedAt().atZone(EngineClock.SWEDEN)));
    model.put("plan", List.of(
        part("Fokusområden", plan.focusAreas()), part("Åtgärder", plan.measures()),
        part("Ansvariga", plan.responsible()), part("Uppföljning", plan.followUp())));
    model.put("picture", TextBlocks.of(assessment.getPictureSummary() == null ? "" : assessment.getPictureSummary()));
    model.put("survey", charts.survey(assessment).model());
    documents.save(PublicDocument.ofAnnualAssessment(assessment.getMunicipality(), assessment.getId(),
        PublicDocument.Kind.ANNUAL_ACTION_PLAN, sourceKey, title,
        PublicDocuments.fileName("atgardsplan " + assessment.getBusinessKey()), pdf.render("annual-action-plan", model),
        EngineClock.now()));
  }

  /** One part of the plan: its heading and the coordinator's text, line by line as written. */
  private static Map<String, Object> part(String heading, String text) {
    return Map.of("heading", heading, "lines", text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList());
  }
}
