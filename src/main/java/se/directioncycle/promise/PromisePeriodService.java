package se.directioncycle.promise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.input.InvalidInputException;

/**
 * Registers promise periods (the unique constraint is the final word on duplicates) and records each step.
 * Every method is idempotent for a retried job: rows are replaced or updated, never added twice.
 */
@Service
public class PromisePeriodService {

  private static final Logger LOG = LoggerFactory.getLogger(PromisePeriodService.class);

  private final PromisePeriodRepository periods;
  private final PromiseDialogueRepository dialogues;
  private final PromiseFocusAreaRepository focusAreas;
  private final PromiseThemeRepository themes;
  private final PromiseCommitmentRepository commitments;
  private final CommitmentFollowUpRepository followUps;
  private final InterventionProgress interventions;
  private final ApplicationEventPublisher events;

  PromisePeriodService(PromisePeriodRepository periods, PromiseDialogueRepository dialogues,
      PromiseFocusAreaRepository focusAreas, PromiseThemeRepository themes, PromiseCommitmentRepository commitments,
      CommitmentFollowUpRepository followUps, InterventionProgress interventions, ApplicationEventPublisher events) {
    this.periods = periods;
    this.dialogues = dialogues;
    this.focusAreas = focusAreas;
    this.themes = themes;
    this.commitments = commitments;
    this.followUps = followUps;
    this.interventions = interventions;
    this.events = events;
  }

  @Transactional
  public PromisePeriod register(Municipality municipality, PeriodMonths months, String processInstanceId,
      Instant now) {
    String key = PromisePeriod.businessKey(municipality.id(), months);
    String label = months.label();
    if (periods.existsByMunicipalityAndStartYear(municipality.id(), months.startYear())) {
      LOG.info("Refused a second start of {}", key);
      throw new PromisePeriodAlreadyExistsException(municipality.name(), label);
    }
    try {
      return periods.saveAndFlush(new PromisePeriod(municipality.id(), months, processInstanceId, now));
    } catch (DataIntegrityViolationException e) {
      LOG.info("Concurrent start of {} refused by the unique constraint", key);
      throw new PromisePeriodAlreadyExistsException(municipality.name(), label);
    } catch (PessimisticLockingFailureException e) {
      LOG.warn("Lock timeout while registering {}", key);
      throw new InvalidInputException("Medborgarlöftena för " + municipality.name() + " " + label
          + " startas av någon annan just nu. Vänta en stund och kontrollera om de redan finns.");
    }
  }

  @Transactional(readOnly = true)
  public PromisePeriod get(long periodId) {
    return periods.findById(periodId).orElseThrow(() -> new IllegalStateException("No promise period " + periodId));
  }

  /** A period in force or closed; a draft is as absent as a period that does not exist. */
  @Transactional(readOnly = true)
  public Optional<PromisePeriod> published(String businessKey) {
    return periods.findByBusinessKey(businessKey).filter(p -> p.getStatus().published());
  }

  @Transactional(readOnly = true)
  public List<PromisePeriod> ofMunicipalities(Collection<String> municipalities) {
    return municipalities.isEmpty() ? List.of() : periods.findByMunicipalityInOrderByStartYearDesc(municipalities);
  }

  /** The periods of these municipalities not yet closed (from preparation to in force), earliest start first. */
  @Transactional(readOnly = true)
  public List<PromisePeriod> openPeriods(Collection<String> municipalities) {
    return periods.findByMunicipalityInAndStatusInOrderByStartYearAsc(municipalities,
        EnumSet.complementOf(EnumSet.of(PromisePeriodStatus.CLOSED)));
  }

  @Transactional
  public void recordDialogue(long periodId, DialogueRecord record, String by, Instant at) {
    PromiseDialogue dialogue = dialogues.findByPeriodIdAndKind(periodId, record.kind())
        .orElseGet(() -> new PromiseDialogue(periodId, record.kind()));
    dialogue.record(record, by, at);
    dialogues.save(dialogue);
  }

  @Transactional(readOnly = true)
  public List<PromiseDialogue> dialogues(long periodId) {
    return dialogues.findByPeriodIdOrderByKind(periodId);
  }

  @Transactional
  public void recordAnalysis(long periodId, String text, Instant at) {
    get(periodId).analysisCompiled(text, at);
  }

  /** Replaces the focus areas; the observation counts come from the analysis' ranking. */
  @Transactional
  public List<PromiseFocusArea> decideFocusAreas(long periodId, List<StatisticsAnalysis.RankedCategory> chosen,
      String motivation) {
    get(periodId).focusDecided(motivation);
    focusAreas.deleteByPeriodId(periodId);
    focusAreas.flush();
    List<PromiseFocusArea> rows = new ArrayList<>();
    int position = 1;
    for (StatisticsAnalysis.RankedCategory category : chosen) {
      rows.add(new PromiseFocusArea(periodId, position++, category.category(), category.observations()));
    }
    return focusAreas.saveAll(rows);
  }

  @Transactional(readOnly = true)
  public List<PromiseFocusArea> focusAreas(long periodId) {
    return focusAreas.findByPeriodIdOrderByPosition(periodId);
  }

  @Transactional(readOnly = true)
  public Set<String> focusAreaCategories(long periodId) {
    return focusAreas.findByPeriodIdOrderByPosition(periodId).stream().map(PromiseFocusArea::getProblemCategory)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** Saving the draft again (after a return or a refused signature) replaces its themes and commitments. */
  @Transactional
  public PromisePeriod saveDraft(long periodId, PromiseDraft draft) {
    PromisePeriod period = get(periodId);
    commitments.deleteByPeriodId(periodId);
    commitments.flush();
    themes.deleteByPeriodId(periodId);
    themes.flush();
    int themePosition = 1;
    for (PromiseDraft.Theme input : draft.themes()) {
      PromiseTheme theme = themes.saveAndFlush(new PromiseTheme(periodId, themePosition++, input));
      int position = 1;
      for (PromiseDraft.Commitment commitment : input.commitments()) {
        commitments.save(new PromiseCommitment(theme.getId(), periodId, period.getMunicipality(), position++,
            commitment));
      }
    }
    period.drafted();
    return period;
  }

  @Transactional(readOnly = true)
  public List<PromiseTheme> themes(long periodId) {
    return themes.findByPeriodIdOrderByPosition(periodId);
  }

  @Transactional(readOnly = true)
  public List<PromiseCommitment> commitments(long periodId) {
    return commitments.findByPeriodIdOrderByThemeIdAscPositionAsc(periodId);
  }

  @Transactional
  public void recordReview(long periodId, boolean approved, String comment) {
    PromisePeriod period = get(periodId);
    if (approved) {
      period.approvedByReview(comment);
    } else {
      period.returnedByReview(comment);
    }
  }

  @Transactional
  public void recordSignature(long periodId, Signatory signatory, String by, Instant at) {
    get(periodId).signed(signatory, by, at);
  }

  @Transactional
  public void recordRefusal(long periodId, Signatory signatory, String reason) {
    get(periodId).refused(signatory, reason);
  }

  /**
   * In force only when both have signed: publishing a period that lacks a signature is a bug, not an outcome.
   * {@link PromisesPublished} goes out on every run, in this transaction; its listeners make their rows once.
   */
  @Transactional
  public PromisePeriod publish(long periodId, Instant at) {
    PromisePeriod period = get(periodId);
    if (!period.bothSigned()) {
      throw new IllegalStateException("Promise period " + periodId + " lacks a signature and cannot be published");
    }
    period.published(at);
    events.publishEvent(new PromisesPublished(periodId));
    return period;
  }

  /** Counts the year's progress of every commitment (a commitment without linked interventions gets 0). */
  @Transactional
  public List<CommitmentFollowUp> countProgress(long periodId, int year, Instant at) {
    List<PromiseCommitment> periodCommitments = commitments(periodId);
    Map<Long, CommitmentProgress> counted = periodCommitments.isEmpty() ? Map.of()
        : interventions.progressOfCommitments(periodCommitments.stream().map(PromiseCommitment::getId).toList(), year);
    List<CommitmentFollowUp> rows = new ArrayList<>();
    for (PromiseCommitment commitment : periodCommitments) {
      CommitmentFollowUp followUp = followUps.findByCommitmentIdAndYear(commitment.getId(), year)
          .orElseGet(() -> new CommitmentFollowUp(commitment.getId(), year));
      followUp.counted(counted.getOrDefault(commitment.getId(), new CommitmentProgress(commitment.getId(), 0, 0)), at);
      rows.add(followUps.save(followUp));
    }
    return rows;
  }

  /**
   * The group's comment goes on the year's follow-up of each commitment one of its parties shares, under the party
   * it answers for; another party's comment on a shared commitment stays as it is.
   */
  @Transactional
  public void recordComment(long periodId, int year, Organisation.Party answeringFor, List<Organisation.Party> parties,
      String comment, String by) {
    for (PromiseCommitment commitment : commitments(periodId)) {
      if (CommitmentParty.anyOf(commitment.getParties(), parties)) {
        followUp(commitment.getId(), year).commented(answeringFor, comment, by);
      }
    }
  }

  /** The lead party's yearly judgement of a qualitative commitment (a quantitative one is counted, not judged). */
  @Transactional
  public void judge(long commitmentId, int year, CommitmentOutcome outcome, String narrative, String by) {
    if (!commitment(commitmentId).isQualitative()) {
      throw new IllegalStateException("Commitment " + commitmentId + " is quantitative and is not judged");
    }
    followUp(commitmentId, year).judged(outcome, narrative, by);
  }

  @Transactional(readOnly = true)
  public PromiseCommitment commitment(long commitmentId) {
    return commitments.findById(commitmentId)
        .orElseThrow(() -> new IllegalStateException("No commitment " + commitmentId));
  }

  private CommitmentFollowUp followUp(long commitmentId, int year) {
    return followUps.findByCommitmentIdAndYear(commitmentId, year)
        .orElseThrow(() -> new IllegalStateException("No follow-up " + year + " of commitment " + commitmentId));
  }

  @Transactional(readOnly = true)
  public List<CommitmentFollowUp> followUps(Collection<Long> commitmentIds) {
    return commitmentIds.isEmpty() ? List.of() : followUps.findByCommitmentIdInOrderByYear(commitmentIds);
  }

  @Transactional
  public void writeFeedback(long periodId, String report) {
    get(periodId).feedbackWritten(report);
  }

  /** The feedback report becomes public; {@link FeedbackReportPublished} goes out on every run, in this transaction. */
  @Transactional
  public void close(long periodId, Instant at) {
    get(periodId).closed(at);
    events.publishEvent(new FeedbackReportPublished(periodId));
  }
}
