package se.directioncycle.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.agreement.CooperationAgreements;
import se.directioncycle.annual.ActionPlanDecided;
import se.directioncycle.annual.AnnualAssessment;
import se.directioncycle.annual.AnnualAssessmentService;
import se.directioncycle.compliance.ComplianceReport.Evidence;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Role;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.document.DocumentInfo;
import se.directioncycle.document.PdfRenderer;
import se.directioncycle.document.PublicDocuments;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.promise.PromisePeriod;
import se.directioncycle.promise.PromisePeriodService;

/**
 * Gathers, for one municipality and year, what the other features hold (through their public services and the
 * documents' metadata, never a PDF's bytes) and lets {@link ComplianceRules} judge it; renders the result as a
 * PDF for the county administrative board.
 */
@Service
public class ComplianceService {

  private final MunicipalityRegistry municipalities;
  private final CycleService cycles;
  private final DirectionDecisionService decisions;
  private final AnnualAssessmentService annualAssessments;
  private final PromisePeriodService promisePeriods;
  private final CooperationAgreements agreements;
  private final PublicDocuments documents;
  private final PdfRenderer pdf;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  ComplianceService(MunicipalityRegistry municipalities, CycleService cycles, DirectionDecisionService decisions,
      AnnualAssessmentService annualAssessments, PromisePeriodService promisePeriods,
      CooperationAgreements agreements, PublicDocuments documents, PdfRenderer pdf,
      IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration) {
    this.municipalities = municipalities;
    this.cycles = cycles;
    this.decisions = decisions;
    this.annualAssessments = annualAssessments;
    this.promisePeriods = promisePeriods;
    this.agreements = agreements;
    this.documents = documents;
    this.pdf = pdf;
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
  }

  /** The reports of these municipalities (the caller's own, decided by the caller of this method) for a year. */
  @Transactional(readOnly = true)
  public List<ComplianceReport> reports(Collection<String> municipalityIds, int year) {
    return municipalityIds.stream().sorted().map(id -> report(id, year)).toList();
  }

  @Transactional(readOnly = true)
  public ComplianceReport report(String municipalityId, int year) {
    return ComplianceRules.assess(facts(municipalities.get(municipalityId), year));
  }

  /** The report as a PDF to send to the county administrative board. */
  public byte[] pdf(ComplianceReport report) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("municipality", report.municipality());
    model.put("year", report.year());
    model.put("metCount", report.metCount());
    model.put("total", report.obligations().size());
    model.put("generatedOn", EngineClock.today().toString());
    model.put("obligations", report.obligations().stream().map(o -> Map.of(
        "title", o.title(),
        "requirement", o.requirement(),
        "verdict", o.met() ? "Uppfyllt" : "Saknas",
        "met", o.met(),
        "missing", o.missing() == null ? "" : o.missing(),
        "evidence", o.evidence().stream().map(e -> (e.date() == null ? "" : e.date() + " – ") + e.text()).toList()))
        .toList());
    return pdf.render("compliance-report", model);
  }

  /** "efterlevnad-sfs-2023-196-kalix-2027.pdf" */
  public static String fileName(ComplianceReport report) {
    return "efterlevnad-sfs-2023-196-" + report.municipalityId() + "-" + report.year() + ".pdf";
  }

  private ComplianceFacts facts(Municipality municipality, int year) {
    List<String> ids = List.of(municipality.id());
    List<DocumentInfo> docs = documents.metadataOf(ids);
    Map<Long, Cycle> cyclesOfYear = cycles.ofMunicipalities(ids).stream()
        .filter(c -> c.getQuarter().year() == year).collect(Collectors.toMap(Cycle::getId, Function.identity()));
    List<DocumentInfo> cycleDocs = docs.stream().filter(d -> d.cycleId() != null && cyclesOfYear.containsKey(d.cycleId()))
        .toList();

    List<Evidence> directionDecisions = new ArrayList<>();
    for (Cycle cycle : cyclesOfYear.values().stream().sorted((a, b) -> a.getQuarter().compareTo(b.getQuarter())).toList()) {
      decisions.decisionOf(cycle.getId()).filter(d -> d.getDecisionNumber() != null).ifPresent(d ->
          directionDecisions.add(new Evidence("Rådets inriktningsbeslut " + d.getDecisionNumber() + " för "
              + d.getQuarter().label() + paragraph(d.getProtocolParagraph()), date(d.getMeetingDate()),
              href(cycleDocs, cycle.getId(), "DIRECTION_DECISION"))));
    }

    Optional<AnnualAssessment> annual = annualAssessments.ofMunicipalities(ids).stream()
        .filter(a -> a.getYear() == year).findFirst();
    String annualHref = annual.flatMap(a -> docs.stream()
        .filter(d -> d.sourceKey().equals(ActionPlanDecided.documentKey(a.getId()))).findFirst())
        .map(DocumentInfo::href).orElse(null);
    Evidence annualPicture = annual.filter(a -> a.getPictureCompiledAt() != null)
        .map(a -> new Evidence("Årets lägesbild sammanställd i den årliga bedömningen ("
            + (a.getQuarterReports() == null ? 0 : a.getQuarterReports()) + " kvartalslägesbilder"
            + (a.getSurveyId() == null ? "" : " och trygghetsmätningen") + ")", date(a.getPictureCompiledAt()),
            annualHref)).orElse(null);
    Evidence actionPlan = annual.filter(a -> a.getDecidedAt() != null)
        .map(a -> new Evidence("Åtgärdsplan " + year + " beslutad av kommunstyrelsen"
            + paragraph(a.getProtocolParagraph()), date(a.getDecisionDate()), annualHref)).orElse(null);

    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    List<Evidence> agreementEvidence = agreements.validDuring(municipality.id(), first, last).stream()
        .sorted((a, b) -> a.validFrom().compareTo(b.validFrom()))
        .map(a -> new Evidence("Samverkansöverenskommelse med Polisen ”" + a.title() + "”, gäller " + a.periodLabel(),
            date(a.validFrom()), null))
        .toList();
    List<Evidence> promises = new ArrayList<>();
    for (PromisePeriod period : promisePeriods.ofMunicipalities(ids)) {
      if (period.getStatus().published() && period.covers(year)) {
        promises.add(new Evidence("Medborgarlöften " + period.label() + " undertecknade av kommunen och Polisen",
            date(period.getPublishedAt()), docs.stream()
            .filter(d -> period.getId().equals(d.promisePeriodId()) && d.kind().equals("CITIZEN_PROMISES"))
            .findFirst().map(DocumentInfo::href).orElse(null)));
      }
    }

    return new ComplianceFacts(municipality.id(), municipality.name(), year, coordinators(municipality),
        evidence(cycleDocs, "SITUATION_REPORT", "godkänd"), annualPicture, actionPlan,
        annual.isPresent() && actionPlan == null, directionDecisions, evidence(cycleDocs, "EVALUATION", null),
        evidence(cycleDocs, "BOARD_REPORT", null), agreementEvidence, promises);
  }

  /** The people in the municipality's coordinator group, read past the caller's authorizations (names only). */
  private List<String> coordinators(Municipality municipality) {
    List<User> users = engineConfiguration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> identityService.createUserQuery()
            .memberOfGroup(municipality.group(Role.COORDINATOR)).orderByUserLastName().asc().list()));
    return users.stream().map(u -> ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
        + (u.getLastName() == null ? "" : u.getLastName())).trim()).toList();
  }

  private static List<Evidence> evidence(List<DocumentInfo> docs, String kind, String suffix) {
    return docs.stream().filter(d -> d.kind().equals(kind))
        .map(d -> new Evidence(d.title() + (suffix == null ? "" : " (" + suffix + ")"), date(d.createdAt()), d.href()))
        .toList();
  }

  private static String href(List<DocumentInfo> docs, long cycleId, String kind) {
    return docs.stream().filter(d -> d.cycleId() == cycleId && d.kind().equals(kind)).findFirst()
        .map(DocumentInfo::href).orElse(null);
  }

  private static String paragraph(Integer paragraph) {
    return paragraph == null ? "" : ", § " + paragraph;
  }

  private static String date(Instant instant) {
    return instant == null ? null : instant.atZone(EngineClock.SWEDEN).toLocalDate().toString();
  }

  private static String date(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
