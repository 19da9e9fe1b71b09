package se.directioncycle.document;

import se.directioncycle.category.ProblemCategories;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.privacy.SmallCounts;
import se.directioncycle.promise.CommitmentFollowUp;
import se.directioncycle.promise.FeedbackReportPublished;
import se.directioncycle.promise.PromiseCommitment;
import se.directioncycle.promise.PromiseDialogue;
import se.directioncycle.promise.PromiseDocument;
import se.directioncycle.promise.PromisePeriod;
import se.directioncycle.promise.PromisePeriodService;
import se.directioncycle.promise.PromiseTheme;
import se.directioncycle.promise.PromisesPublished;
import se.directioncycle.promise.Signatory;
import se.directioncycle.promise.StatisticsAnalysis;
import se.directioncycle.engine.EngineClock;

/**
 * The promise period's two public documents, made once each in the transaction of the step that publishes them
 * (as {@link PublicDocuments} does for the quarter): the signed citizen promises when both have signed, and the
 * feedback report to citizens when the period closes. Neither names a person: signatures by role and date only.
 */
@Service
class CitizenPromiseDocuments {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final PublicDocumentRepository documents;
  private final PdfRenderer pdf;
  private final PromisePeriodService periods;
  private final MunicipalityRegistry municipalities;
  private final ProblemCategories categories;

  CitizenPromiseDocuments(PublicDocumentRepository documents, PdfRenderer pdf, PromisePeriodService periods,
      MunicipalityRegistry municipalities, ProblemCategories categories) {
    this.categories = categories;
    this.documents = documents;
    this.pdf = pdf;
    this.periods = periods;
    this.municipalities = municipalities;
  }

  @EventListener
  @Transactional
  public void onPromisesPublished(PromisesPublished event) {
    PromisePeriod period = periods.get(event.periodId());
    if (documents.existsBySourceKey(PromiseDocument.PROMISES.sourceKey(period.getId()))) {
      return;
    }
    Map<String, Object> model = header(period, PromiseDocument.PROMISES, period.getPublishedAt());
    model.put("signatures", List.of(
        signature(Signatory.COMMISSIONER, period.getCommissionerSignedAt()),
        signature(Signatory.POLICE_CHIEF, period.getPoliceChiefSignedAt())));
    model.put("themes", themes(period));
    model.put("focusAreas", periods.focusAreas(period.getId()).stream().map(area -> Map.of(
        "label", categories.labels(period.getMunicipality()).of(area.getProblemCategory()),
        "observations", SmallCounts.display(area.getObservations()))).toList());
    model.put("focusMotivation", period.getFocusMotivation() == null ? "" : period.getFocusMotivation());
    model.put("dialogues", periods.dialogues(period.getId()).stream()
        .sorted(Comparator.comparing(PromiseDialogue::getKind)).map(d -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", d.getKind().label());
      row.put("method", d.getMethodLabel());
      row.put("heldOn", d.getHeldOn() == null ? "" : DATE.format(d.getHeldOn()));
      row.put("participants", d.getParticipants());
      row.put("places", d.getPlaces());
      row.put("themes", d.getThemes());
      return row;
    }).toList());
    model.put("analysis", StatisticsAnalysis.inShort(period.getAnalysis()));
    save(period, PromiseDocument.PROMISES, PublicDocument.Kind.CITIZEN_PROMISES, "citizen-promises", model);
  }

  @EventListener
  @Transactional
  public void onFeedbackReportPublished(FeedbackReportPublished event) {
    PromisePeriod period = periods.get(event.periodId());
    if (documents.existsBySourceKey(PromiseDocument.FEEDBACK_REPORT.sourceKey(period.getId()))) {
      return;
    }
    Map<String, Object> model = header(period, PromiseDocument.FEEDBACK_REPORT, period.getFeedbackPublishedAt());
    model.put("blocks", TextBlocks.of(period.getFeedbackReport() == null ? "" : period.getFeedbackReport()));
    List<PromiseCommitment> commitments = sorted(periods.commitments(period.getId()));
    Map<Long, PromiseCommitment> byId = commitments.stream()
        .collect(Collectors.toMap(PromiseCommitment::getId, Function.identity()));
    Map<Long, List<CommitmentFollowUp>> followUps = periods.followUps(byId.keySet()).stream()
        .collect(Collectors.groupingBy(CommitmentFollowUp::getCommitmentId));
    List<Map<String, Object>> progress = new ArrayList<>();
    for (PromiseCommitment c : commitments) {
      for (int year = period.getStartYear(); year <= period.getEndYear(); year++) {
        int y = year;
        CommitmentFollowUp followUp = followUps.getOrDefault(c.getId(), List.of()).stream()
            .filter(f -> f.getYear() == y).findFirst().orElse(null);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("party", c.partyNames());
        row.put("commitment", c.getDescription());
        row.put("year", year);
        if (c.isQualitative()) {
          row.put("achieved", followUp == null || followUp.getOutcome() == null ? "–" : followUp.getOutcome().swedish());
          row.put("target", "Kvalitativt");
          row.put("share", "");
          row.put("narrative", followUp == null || followUp.getNarrative() == null ? "" : followUp.getNarrative());
        } else {
          row.put("achieved", followUp == null ? "–" : Long.toString(followUp.getProgress()));
          row.put("target", c.getYearlyTarget() + " " + c.getUnit());
          row.put("share", followUp == null ? "–"
              : Math.round(100.0 * followUp.getProgress() / c.getYearlyTarget()) + " %");
          row.put("narrative", "");
        }
        row.put("comment", followUp == null || followUp.getPartyComment() == null ? "" : followUp.getPartyComment());
        progress.add(row);
      }
    }
    model.put("progress", progress);
    save(period, PromiseDocument.FEEDBACK_REPORT, PublicDocument.Kind.CITIZEN_PROMISE_FEEDBACK,
        "citizen-promise-feedback", model);
  }

  private Map<String, Object> header(PromisePeriod period, PromiseDocument document, Instant at) {
    String municipality = municipalityName(period);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", document.title(municipality, period));
    model.put("municipality", municipality);
    model.put("period", period.label());
    model.put("publishedAt", at == null ? "" : DATE.format(at.atZone(EngineClock.SWEDEN)));
    return model;
  }

  private static Map<String, Object> signature(Signatory signatory, Instant at) {
    return Map.of("role", signatory.label(), "date", at == null ? "–" : DATE.format(at.atZone(EngineClock.SWEDEN)));
  }

  /** Each theme with its goal and its commitments, party by party. */
  private List<Map<String, Object>> themes(PromisePeriod period) {
    Map<Long, List<PromiseCommitment>> byTheme = sorted(periods.commitments(period.getId())).stream()
        .collect(Collectors.groupingBy(PromiseCommitment::getThemeId, LinkedHashMap::new, Collectors.toList()));
    List<Map<String, Object>> themes = new ArrayList<>();
    ProblemCategories.Labels labels = categories.labels(period.getMunicipality());
    for (PromiseTheme theme : periods.themes(period.getId())) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", theme.getPosition());
      row.put("title", theme.getTitle());
      row.put("focusArea", labels.of(theme.getProblemCategory()));
      row.put("goal", theme.getGoal());
      row.put("commitments", byTheme.getOrDefault(theme.getId(), List.of()).stream().map(c -> Map.of(
          "party", c.partyNames(),
          "description", c.getDescription(),
          "target", c.isQualitative() ? "Kvalitativt: bedöms varje år" : c.getYearlyTarget() + " " + c.getUnit(),
          "indicator", c.isQualitative() ? "Genomfört, delvis eller inte genomfört, med beskrivning"
              : c.getIndicator() + (c.getBaseline() == null ? "" : " (utgångsläge: " + c.getBaseline() + ")")))
          .toList());
      themes.add(row);
    }
    return themes;
  }

  /** Lead party by lead party (police, municipality, partners), in the draft's order within each. */
  private static List<PromiseCommitment> sorted(List<PromiseCommitment> commitments) {
    return commitments.stream().sorted(Comparator.comparing((PromiseCommitment c) -> c.getLeadParty().ordinal())
        .thenComparing(PromiseCommitment::getThemeId).thenComparingInt(PromiseCommitment::getPosition)).toList();
  }

  private void save(PromisePeriod period, PromiseDocument document, PublicDocument.Kind kind, String template,
      Map<String, Object> model) {
    String municipality = municipalityName(period);
    String title = document.title(municipality, period);
    documents.save(new PublicDocument(period.getMunicipality(), null, period.getId(), kind,
        document.sourceKey(period.getId()), title, PublicDocuments.fileName(title), pdf.render(template, model),
        EngineClock.now()));
  }

  private String municipalityName(PromisePeriod period) {
    return municipalities.find(period.getMunicipality()).map(m -> m.name()).orElse(period.getMunicipality());
  }
}
