package se.directioncycle.direction;

import se.directioncycle.category.ProblemCategories;
import se.directioncycle.category.ProblemCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.promise.CommitmentCatalogue;
import se.directioncycle.situationreport.RankedProblem;
import se.directioncycle.engine.EngineClock;

/** The decision's life: draft from the proposal, return or approval by the chair, registration. */
@Service
public class DirectionDecisionService {

  static final int MAX_SUMMARY_VARIABLE = 3900;

  private final DirectionDecisionRepository decisions;
  private final InterventionRepository interventions;
  private final ApplicationEventPublisher events;

  DirectionDecisionService(DirectionDecisionRepository decisions, InterventionRepository interventions,
      ApplicationEventPublisher events) {
    this.events = events;
    this.decisions = decisions;
    this.interventions = interventions;
  }

  /**
   * The proposal form's starting point: interventions recommended "continue" are carried over, with their link to a
   * citizen-promise commitment only while that commitment is still in force and shares a party with the
   * intervention (the form could not clear it otherwise), and with their participating organisations.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> initialProposal(Municipality municipality, Quarter quarter, List<Long> carryOverIds,
      Map<Long, Set<Organisation.Party>> commitmentsInForce) {
    List<Map<String, Object>> carried = new ArrayList<>();
    List<String> municipalityAreas = municipality.areas();
    for (Intervention intervention : interventions.findByIdIn(carryOverIds)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("title", intervention.getTitle());
      row.put("responsibleOrganisation", intervention.getResponsibleOrganisation().code());
      row.put("participatingOrganisations", intervention.getParticipants().stream().map(Organisation::code).toList());
      // an area the council has since removed is no longer offered, so it is not carried over
      row.put("areas", intervention.getAreas().stream().filter(municipalityAreas::contains).toList());
      row.put("periodStart", quarter.firstDay().toString());
      row.put("periodEnd", quarter.lastDay().toString());
      row.put("indicator", intervention.getIndicator());
      row.put("target", intervention.getTarget());
      row.put("carriedOverFromId", intervention.getId());
      Set<Organisation.Party> committed = commitmentsInForce.get(intervention.getCommitmentId());
      row.put("commitmentId", committed != null && DirectionProposal.sharesParty(intervention.parties(), committed)
          ? intervention.getCommitmentId() : null);
      carried.add(row);
    }
    List<Map<String, Object>> focusAreas = new ArrayList<>();
    if (!carried.isEmpty()) {
      Map<String, Object> area = new LinkedHashMap<>();
      area.put("title", "");
      area.put("problemCategory", null);
      area.put("goal", "");
      area.put("interventions", carried);
      focusAreas.add(area);
    }
    return Map.of("focusAreas", focusAreas);
  }

  /** Read-only context for the proposal form. */
  public static Map<String, Object> proposalContext(Municipality municipality, Quarter quarter,
      List<RankedProblem> problems, String chairComment, List<CommitmentCatalogue.Choice> commitments,
      List<ProblemCategory> categories) {
    ProblemCategories.Labels labels = ProblemCategories.Labels.of(categories);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("periodLabel", quarter.label());
    context.put("periodStart", quarter.firstDay().toString());
    context.put("periodEnd", quarter.lastDay().toString());
    context.put("chairComment", chairComment);
    context.put("rankedProblems", problems.stream().map(p -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("category", p.getCategory());
      row.put("label", labels.of(p.getCategory()));
      row.put("priorityLabel", p.getPriorityLabel());
      row.put("explanation", p.getExplanation());
      row.put("frequency", p.getObservationCount());
      row.put("areaBreakdown", p.getAreaBreakdown());
      return row;
    }).toList());
    context.put("organisations", municipality.organisations().stream()
        .map(o -> Map.of("value", o.code(), "label", o.swedishName(), "party", o.party().name())).toList());
    // the form offers a commitment only to an intervention whose lead or a participant shares one of its parties
    context.put("commitments", commitments.stream().map(c -> Map.of("value", c.id(), "label", c.label(),
        "parties", c.parties().stream().sorted().map(Enum::name).toList())).toList());
    context.put("categories", categories.stream().filter(c -> !c.retired())
        .map(c -> Map.of("value", c.code(), "label", c.label())).toList());
    context.put("areas", municipality.areas().stream().map(a -> Map.of("value", a, "label", a)).toList());
    return context;
  }

  /** Saving the proposal again (after a return) replaces the draft's content. */
  @Transactional
  public DirectionDecision saveDraft(long cycleId, Municipality municipality, Quarter quarter,
      DirectionProposal proposal) {
    DirectionDecision decision = decisions.findByCycleId(cycleId)
        .orElseGet(() -> decisions.saveAndFlush(new DirectionDecision(cycleId, municipality.id(), quarter)));
    List<FocusArea> areas = new ArrayList<>();
    int position = 1;
    for (DirectionProposal.FocusAreaInput input : proposal.focusAreas()) {
      List<Intervention> rows = new ArrayList<>();
      int interventionPosition = 1;
      for (DirectionProposal.InterventionInput intervention : input.interventions()) {
        rows.add(new Intervention(decision.getId(), municipality, interventionPosition++, intervention));
      }
      areas.add(new FocusArea(position++, input.title(), input.problemCategory(), input.goal(), rows));
    }
    decision.replaceContent(areas);
    return decisions.save(decision);
  }

  @Transactional
  public DirectionDecision recordReturn(long cycleId, String comment) {
    DirectionDecision decision = draftOf(cycleId);
    decision.returned(comment);
    return decision;
  }

  @Transactional
  public DirectionDecision recordApproval(long cycleId, java.time.LocalDate meetingDate, int protocolParagraph,
      String decidedBy) {
    DirectionDecision decision = draftOf(cycleId);
    decision.approved(meetingDate, protocolParagraph, decidedBy);
    return decision;
  }

  /**
   * Gives the decision its number ("BRÅ 2027/1": year of the meeting, running number per
   * municipality), freezes it and archives its document with a checksum. A retried job finds it
   * registered and returns it unchanged.
   */
  @Transactional
  public DirectionDecision register(long cycleId, String municipalityName) {
    DirectionDecision decision = decisions.findByCycleId(cycleId).orElseThrow();
    if (decision.getStatus() == DecisionStatus.REGISTERED) {
      return decision;
    }
    String prefix = "BRÅ " + decision.getMeetingDate().getYear() + "/";
    long sequence = decisions.countRegisteredWithNumberPrefix(decision.getMunicipality(), prefix + "%") + 1;
    String number = prefix + sequence;
    String document = DecisionDocument.render(decision, municipalityName, number);
    decision.register(number, document, DecisionDocument.sha256(document), EngineClock.now());
    DirectionDecision registered = decisions.saveAndFlush(decision);
    events.publishEvent(new DirectionDecisionRegistered(registered.getId(), municipalityName));
    return registered;
  }

  @Transactional(readOnly = true)
  public Optional<DirectionDecision> latestRegisteredBefore(String municipality, Quarter quarter) {
    return decisions.findRegisteredBefore(municipality, quarter.year() * 4 + quarter.quarter(), Limit.of(1))
        .stream().findFirst();
  }

  /** The cycle's decision, draft or registered, once a proposal has been saved. */
  @Transactional(readOnly = true)
  public Optional<DirectionDecision> decisionOf(long cycleId) {
    return decisions.findByCycleId(cycleId);
  }

  /** The decisions of these cycles, draft or registered, by cycle id (one query). */
  @Transactional(readOnly = true)
  public Map<Long, DirectionDecision> decisionsOf(Collection<Long> cycleIds) {
    return cycleIds.isEmpty() ? Map.of() : decisions.findByCycleIdIn(cycleIds).stream()
        .collect(Collectors.toMap(DirectionDecision::getCycleId, d -> d));
  }

  /** The decisions of these municipalities that name the council meeting at which they were taken. */
  @Transactional(readOnly = true)
  public List<DirectionDecision> councilMeetingsOf(Collection<String> municipalities) {
    return decisions.findByMunicipalityInAndMeetingDateIsNotNull(municipalities);
  }

  @Transactional(readOnly = true)
  public DirectionDecision get(long decisionId) {
    DirectionDecision decision = decisions.findById(decisionId).orElseThrow();
    decision.getFocusAreas().forEach(a -> a.getInterventions().size());
    return decision;
  }

  @Transactional(readOnly = true)
  public Intervention intervention(long interventionId) {
    return interventions.findWithParticipantsById(interventionId).orElseThrow(
        () -> new IllegalStateException("No intervention " + interventionId));
  }

  @Transactional(readOnly = true)
  public List<Intervention> interventionsOf(long decisionId) {
    return interventions.findByDecisionIdOrderByIdAsc(decisionId);
  }

  /**
   * The interventions of the year's registered decisions (drafts do not count) that are linked to these
   * citizen-promise commitments.
   */
  @Transactional(readOnly = true)
  public List<Intervention> registeredInterventionsLinkedTo(Collection<Long> commitmentIds, int year) {
    return commitmentIds.isEmpty() ? List.of() : interventions.findRegisteredInYearLinkedTo(commitmentIds, year);
  }

  /** What the chair reads before deciding (markdown, capped to fit a string variable). */
  public static String summary(DirectionDecision decision) {
    StringBuilder text = new StringBuilder("### Förslag till inriktning ").append(decision.getQuarter().label())
        .append(" (version ").append(decision.getRevision()).append(")\n\n");
    int number = 1;
    for (FocusArea area : decision.getFocusAreas()) {
      text.append("**Fokusområde ").append(number++).append(": ").append(area.getTitle()).append("**  \n")
          .append("Mål: ").append(area.getGoal()).append("\n\n");
      for (Intervention intervention : area.getInterventions()) {
        text.append("- ").append(intervention.getTitle()).append(" – ")
            .append(intervention.getResponsibleOrganisation().swedishName()).append(participantsText(intervention))
            .append(areasText(intervention)).append(", ")
            .append(intervention.getPeriodStart()).append(" – ").append(intervention.getPeriodEnd())
            .append(". Indikator: ").append(intervention.getIndicator()).append("; mål: ")
            .append(intervention.getTarget()).append('\n');
      }
      text.append('\n');
    }
    String summary = text.toString();
    return summary.length() <= MAX_SUMMARY_VARIABLE ? summary : summary.substring(0, MAX_SUMMARY_VARIABLE) + " …";
  }

  /** " med Skola och Polisen" for a joint intervention, nothing for one carried out by its lead alone. */
  public static String participantsText(Intervention intervention) {
    List<Organisation> participants = intervention.getParticipants();
    return participants.isEmpty() ? "" : " med " + participants.stream().map(Organisation::swedishName)
        .collect(Collectors.joining(", "));
  }

  /** " i Centrum och Haparanda" where the intervention names its areas, nothing for the whole municipality. */
  public static String areasText(Intervention intervention) {
    List<String> areas = intervention.getAreas();
    return areas.isEmpty() ? "" : " i " + (areas.size() == 1 ? areas.get(0)
        : String.join(", ", areas.subList(0, areas.size() - 1)) + " och " + areas.get(areas.size() - 1));
  }

  /**
   * How many interventions of registered decisions run on this day in each named area of a municipality (an
   * intervention for the whole municipality names no area and is not counted per area).
   */
  @Transactional(readOnly = true)
  public Map<String, Long> interventionsPerArea(String municipality, LocalDate on) {
    Map<String, Long> perArea = new java.util.TreeMap<>();
    interventions.findRegisteredRunningOn(municipality, on)
        .forEach(i -> i.getAreas().forEach(area -> perArea.merge(area, 1L, Long::sum)));
    return perArea;
  }

  /** The interventions of each of these cycles' registered decisions (those the quarter follows up), by cycle id. */
  @Transactional(readOnly = true)
  public Map<Long, List<Intervention>> registeredInterventionsOfCycles(Collection<Long> cycleIds) {
    Map<Long, List<Intervention>> byCycle = new java.util.HashMap<>();
    if (!cycleIds.isEmpty()) {
      interventions.findRegisteredOfCycles(cycleIds).forEach(row ->
          byCycle.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Intervention) row[1]));
    }
    return byCycle;
  }

  private DirectionDecision draftOf(long cycleId) {
    DirectionDecision decision = decisions.findByCycleId(cycleId).orElseThrow(
        () -> new IllegalStateException("No proposal for cycle " + cycleId));
    decision.ensureDraft();
    return decision;
  }

}
