package se.directioncycle.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.agreement.CooperationAgreements;
import se.directioncycle.annual.ActionPlanDecided;
import se.directioncycle.annual.AnnualAssessment;
import se.directioncycle.annual.AnnualAssessmentService;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.cycle.CycleStatus;
import se.directioncycle.dashboard.CycleDashboard.DocumentLink;
import se.directioncycle.direction.DirectionDecisionService;
import se.directioncycle.document.DocumentInfo;
import se.directioncycle.document.PublicDocuments;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.promise.PromisePeriod;
import se.directioncycle.promise.PromisePeriodService;

/**
 * The history of each municipality for one year, for the coordinators' Cockpit dashboard: closed quarterly
 * cycles with their direction decisions, annual assessments, citizen-promise periods and cooperation agreements,
 * each with links to its documents (metadata only; no PDF is loaded). Dates are ISO text for Cockpit's JSON.
 */
@Service
class CycleHistory {

  public record ClosedCycleView(String businessKey, String period, String closedOn, String decision,
      String meetingDate, List<DocumentLink> documents) {}

  public record AssessmentHistoryView(String businessKey, int year, String status, String decision,
      List<DocumentLink> documents) {}

  public record PromiseHistoryView(String businessKey, String period, String status, String publishedOn,
      List<DocumentLink> documents) {}

  public record AgreementHistoryView(String title, String period, String status) {}

  public record HistoryView(String municipalityId, String municipality, int year, List<Integer> years,
      List<ClosedCycleView> cycles, List<AssessmentHistoryView> annualAssessments,
      List<PromiseHistoryView> promisePeriods, List<AgreementHistoryView> agreements) {}

  private final MunicipalityRegistry municipalities;
  private final CycleService cycles;
  private final DirectionDecisionService decisions;
  private final AnnualAssessmentService annualAssessments;
  private final PromisePeriodService promisePeriods;
  private final CooperationAgreements agreements;
  private final PublicDocuments documents;

  CycleHistory(MunicipalityRegistry municipalities, CycleService cycles, DirectionDecisionService decisions,
      AnnualAssessmentService annualAssessments, PromisePeriodService promisePeriods,
      CooperationAgreements agreements, PublicDocuments documents) {
    this.municipalities = municipalities;
    this.cycles = cycles;
    this.decisions = decisions;
    this.annualAssessments = annualAssessments;
    this.promisePeriods = promisePeriods;
    this.agreements = agreements;
    this.documents = documents;
  }

  /** One view per municipality (the caller's own, decided by the caller of this method), for the year. */
  @Transactional(readOnly = true)
  public List<HistoryView> ofYear(Collection<String> municipalityIds, int year) {
    List<HistoryView> views = new ArrayList<>();
    for (String id : municipalityIds.stream().sorted().toList()) {
      views.add(history(municipalities.get(id), year));
    }
    return views;
  }

  private HistoryView history(Municipality municipality, int year) {
    List<String> ids = List.of(municipality.id());
    List<DocumentInfo> docs = documents.metadataOf(ids);
    Map<Long, List<DocumentInfo>> byCycle = docs.stream().filter(d -> d.cycleId() != null)
        .collect(Collectors.groupingBy(DocumentInfo::cycleId));
    Map<Long, List<DocumentInfo>> byPeriod = docs.stream().filter(d -> d.promisePeriodId() != null)
        .collect(Collectors.groupingBy(DocumentInfo::promisePeriodId));
    Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());

    List<ClosedCycleView> closed = new ArrayList<>();
    for (Cycle cycle : cycles.ofMunicipalities(ids)) {
      if (cycle.getStatus() != CycleStatus.CLOSED) {
        continue;
      }
      years.add(cycle.getQuarter().year());
      if (cycle.getQuarter().year() != year) {
        continue;
      }
      var decision = decisions.decisionOf(cycle.getId()).filter(d -> d.getDecisionNumber() != null);
      closed.add(new ClosedCycleView(cycle.getBusinessKey(), cycle.getQuarter().label(), date(cycle.getClosedAt()),
          decision.map(d -> d.getDecisionNumber() + (d.getProtocolParagraph() == null ? "" : ", § " + d.getProtocolParagraph()))
              .orElse("Inget fastställt beslut"),
          decision.map(d -> date(d.getMeetingDate())).orElse(null), links(byCycle.get(cycle.getId()))));
    }
    closed.sort(Comparator.comparing(ClosedCycleView::businessKey));

    List<AssessmentHistoryView> assessments = new ArrayList<>();
    for (AnnualAssessment assessment : annualAssessments.ofMunicipalities(ids)) {
      years.add(assessment.getYear());
      if (assessment.getYear() == year) {
        boolean decided = assessment.getDecidedAt() != null;
        assessments.add(new AssessmentHistoryView(assessment.getBusinessKey(), assessment.getYear(),
            decided ? "Beslutad" : "Pågår",
            decided ? "Åtgärdsplanen beslutad av kommunstyrelsen " + date(assessment.getDecisionDate())
                + (assessment.getProtocolParagraph() == null ? "" : ", § " + assessment.getProtocolParagraph())
                : "Inte beslutad än",
            links(docs.stream().filter(d -> d.sourceKey().equals(ActionPlanDecided.documentKey(assessment.getId())))
                .toList())));
      }
    }

    List<PromiseHistoryView> promises = new ArrayList<>();
    for (PromisePeriod period : promisePeriods.ofMunicipalities(ids)) {
      if (period.getStatus().published()) {
        if (period.covers(year)) {
          promises.add(new PromiseHistoryView(period.getBusinessKey(), period.label(), period.getStatus().label(),
              date(period.getPublishedAt()), links(byPeriod.get(period.getId()))));
        }
      }
    }

    List<AgreementHistoryView> agreementViews = agreements.validDuring(municipality.id(), LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31)).stream()
        .map(a -> new AgreementHistoryView(a.title(), a.periodLabel(), agreementStatus(a.status().name()))).toList();

    return new HistoryView(municipality.id(), municipality.name(), year, List.copyOf(years), closed, assessments,
        promises, agreementViews);
  }

  private static String agreementStatus(String status) {
    return switch (status) {
      case "ACTIVE" -> "Gäller";
      case "RENEWED" -> "Förnyad";
      case "ENDED" -> "Avslutad";
      case "EXPIRED" -> "Har löpt ut";
      default -> status;
    };
  }

  private static List<DocumentLink> links(List<DocumentInfo> docs) {
    return docs == null ? List.of() : docs.stream().map(d -> new DocumentLink(d.title(), d.href())).toList();
  }

  private static String date(Instant instant) {
    return instant == null ? null : instant.atZone(EngineClock.SWEDEN).toLocalDate().toString();
  }

  private static String date(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
