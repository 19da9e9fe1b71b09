package se.directioncycle.promise;

import se.directioncycle.category.ProblemCategories;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.MunicipalityRegistry;

/**
 * A promise period as JSON: the public view (open data: the signed promises, progress per year, the feedback
 * report and links to their PDFs, never who signed or commented) and the coordinators' view, which adds dialogues, analysis and review.
 */
@Component
class PromiseView {

  private final PromisePeriodService periods;
  private final MunicipalityRegistry municipalities;
  private final ProblemCategories categories;

  PromiseView(PromisePeriodService periods, MunicipalityRegistry municipalities, ProblemCategories categories) {
    this.categories = categories;
    this.periods = periods;
    this.municipalities = municipalities;
  }

  @Transactional(readOnly = true)
  public Map<String, Object> summary(PromisePeriod period) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("businessKey", period.getBusinessKey());
    view.put("municipality", period.getMunicipality());
    view.put("municipalityName", municipalities.find(period.getMunicipality()).map(m -> m.name())
        .orElse(period.getMunicipality()));
    view.put("period", period.label());
    view.put("firstMonth", period.getFirstMonth());
    view.put("lastMonth", period.getLastMonth());
    view.put("startYear", period.getStartYear());
    view.put("endYear", period.getEndYear());
    view.put("status", period.getStatus().name());
    view.put("publishedAt", period.getPublishedAt() == null ? null : period.getPublishedAt().toString());
    return view;
  }

  @Transactional(readOnly = true)
  public Map<String, Object> published(PromisePeriod period) {
    Map<String, Object> view = summary(period);
    view.put("themes", themes(period.getId(), categories.labels(period.getMunicipality())));
    view.put("feedbackReport", period.getFeedbackPublishedAt() == null ? null : period.getFeedbackReport());
    view.put("documents", documents(period, view.get("municipalityName").toString()));
    return view;
  }

  /** The period's public documents (PDF) made so far, each with its anonymous download. */
  private static List<Map<String, Object>> documents(PromisePeriod period, String municipalityName) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (PromiseDocument document : PromiseDocument.values()) {
      if (document.madeFor(period)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", document.title(municipalityName, period));
        row.put("url", document.openDataPath(period.getBusinessKey()));
        documents.add(row);
      }
    }
    return documents;
  }

  @Transactional(readOnly = true)
  public Map<String, Object> internal(PromisePeriod period) {
    Map<String, Object> view = summary(period);
    view.put("processInstanceId", period.getProcessInstanceId());
    view.put("dialogues", periods.dialogues(period.getId()).stream().map(d -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", d.getKind().name());
      row.put("method", d.getMethod());
      row.put("heldOn", d.getHeldOn() == null ? null : d.getHeldOn().toString());
      row.put("participants", d.getParticipants());
      row.put("places", d.getPlaces());
      row.put("themes", d.getThemes());
      return row;
    }).toList());
    view.put("analysis", period.getAnalysis());
    view.put("focusMotivation", period.getFocusMotivation());
    view.put("draftRevision", period.getDraftRevision());
    view.put("reviewComment", period.getReviewComment());
    view.put("refusalReason", period.getRefusalReason());
    view.put("commissionerSigned", period.getCommissionerSignedAt() != null);
    view.put("policeChiefSigned", period.getPoliceChiefSignedAt() != null);
    view.put("themes", themes(period.getId(), categories.labels(period.getMunicipality())));
    view.put("feedbackReport", period.getFeedbackReport());
    return view;
  }

  private List<Map<String, Object>> themes(long periodId, ProblemCategories.Labels labels) {
    List<PromiseCommitment> commitments = periods.commitments(periodId);
    Map<Long, List<CommitmentFollowUp>> followUps = periods.followUps(
        commitments.stream().map(PromiseCommitment::getId).toList()).stream()
        .collect(Collectors.groupingBy(CommitmentFollowUp::getCommitmentId));
    List<Map<String, Object>> themes = new ArrayList<>();
    for (PromiseTheme theme : periods.themes(periodId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("title", theme.getTitle());
      row.put("focusArea", labels.of(theme.getProblemCategory()));
      row.put("goal", theme.getGoal());
      row.put("commitments", commitments.stream().filter(c -> c.getThemeId().equals(theme.getId()))
          .map(c -> commitment(c, followUps.getOrDefault(c.getId(), List.of()))).toList());
      themes.add(row);
    }
    return themes;
  }

  /**
   * A commitment with its parties (the lead first; `party` and `partyName` name the lead, as before there were
   * several) and its yearly results: counted progress for a quantitative one, the judgement for a qualitative one.
   */
  private static Map<String, Object> commitment(PromiseCommitment c, List<CommitmentFollowUp> followUps) {
    Map<String, Object> commitment = new LinkedHashMap<>();
    commitment.put("id", c.getId());
    commitment.put("kind", c.getKind().name());
    commitment.put("party", c.getLeadParty().name());
    commitment.put("partyName", c.getParties().get(0).displayName());
    commitment.put("parties", c.getParties().stream().map(p -> {
      Map<String, Object> party = new LinkedHashMap<>();
      party.put("party", p.getParty().name());
      party.put("name", p.displayName());
      return party;
    }).toList());
    commitment.put("partyNames", c.partyNames());
    commitment.put("description", c.getDescription());
    commitment.put("yearlyTarget", c.getYearlyTarget());
    commitment.put("unit", c.getUnit());
    commitment.put("indicator", c.getIndicator());
    commitment.put("baseline", c.getBaseline());
    commitment.put("progress", followUps.stream().map(f -> {
      Map<String, Object> year = new LinkedHashMap<>();
      year.put("year", f.getYear());
      if (c.isQualitative()) {
        year.put("outcome", f.getOutcome() == null ? null : f.getOutcome().name());
        year.put("outcomeLabel", f.getOutcome() == null ? null : f.getOutcome().swedish());
        year.put("narrative", f.getNarrative());
      } else {
        year.put("achieved", f.getProgress());
        year.put("target", c.getYearlyTarget());
      }
      year.put("linkedInterventions", f.getLinkedInterventions());
      year.put("comment", f.getPartyComment());
      year.put("comments", f.getComments().entrySet().stream().map(e -> Map.of("party", e.getKey().name(),
          "comment", e.getValue())).toList());
      return year;
    }).toList());
    return commitment;
  }
}
