package se.directioncycle.annual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.Municipality;
import se.directioncycle.input.InvalidInputException;

/** Registers annual assessments (the unique constraint is the final word on duplicates) and records their steps. */
@Service
public class AnnualAssessmentService {

  private static final Logger LOG = LoggerFactory.getLogger(AnnualAssessmentService.class);

  private final AnnualAssessmentRepository assessments;
  private final ApplicationEventPublisher events;

  AnnualAssessmentService(AnnualAssessmentRepository assessments, ApplicationEventPublisher events) {
    this.assessments = assessments;
    this.events = events;
  }

  @Transactional
  public AnnualAssessment register(Municipality municipality, int year, String processInstanceId, Instant now) {
    String key = AnnualAssessment.businessKey(municipality.id(), year);
    if (assessments.existsByMunicipalityAndYear(municipality.id(), year)) {
      LOG.info("Refused a second start of {}", key);
      throw new AnnualAssessmentAlreadyExistsException(municipality.name(), year);
    }
    try {
      return assessments.saveAndFlush(new AnnualAssessment(municipality.id(), year, processInstanceId, now));
    } catch (DataIntegrityViolationException e) {
      LOG.info("Concurrent start of {} refused by the unique constraint", key);
      throw new AnnualAssessmentAlreadyExistsException(municipality.name(), year);
    } catch (PessimisticLockingFailureException e) {
      LOG.warn("Lock timeout while registering {}", key);
      throw new InvalidInputException("Den årliga bedömningen för " + municipality.name() + " " + year
          + " startas av någon annan just nu. Vänta en stund och kontrollera om den redan finns.");
    }
  }

  /** Idempotent: a retried job overwrites the same row's picture. */
  @Transactional
  public void recordPicture(long assessmentId, AnnualPicture picture, Instant now) {
    get(assessmentId).pictureCompiled(picture.surveyId(), picture.quarterReports(), picture.summary(), now);
  }

  @Transactional
  public void recordPlan(long assessmentId, ActionPlan plan) {
    get(assessmentId).planPrepared(plan);
  }

  @Transactional
  public void recordReturn(long assessmentId, String comment) {
    get(assessmentId).returned(comment);
  }

  @Transactional
  public void recordApproval(long assessmentId, LocalDate decisionDate, int protocolParagraph, String comment,
      String decidedBy) {
    get(assessmentId).approved(decisionDate, protocolParagraph, comment, decidedBy);
  }

  /** Idempotent: an already decided assessment keeps its first decision time. */
  @Transactional
  public void markDecided(long assessmentId, Instant now) {
    AnnualAssessment assessment = get(assessmentId);
    if (assessment.getStatus() != AnnualAssessmentStatus.DECIDED) {
      assessment.decided(now);
      LOG.info("Action plan decided: {}", assessment.getBusinessKey());
    }
  }

  /**
   * The decided plan's document and mail are made by the listeners of {@link ActionPlanDecided} in this transaction;
   * each of them does its part once, so a retried job adds nothing.
   */
  @Transactional
  public void publishDecision(long assessmentId) {
    AnnualAssessment assessment = get(assessmentId);
    if (assessment.getStatus() != AnnualAssessmentStatus.DECIDED) {
      throw new IllegalStateException("Annual assessment " + assessmentId + " is not decided; nothing to publish");
    }
    events.publishEvent(new ActionPlanDecided(assessmentId));
  }

  @Transactional(readOnly = true)
  public AnnualAssessment get(long assessmentId) {
    return assessments.findById(assessmentId)
        .orElseThrow(() -> new IllegalStateException("No annual assessment " + assessmentId));
  }

  /** The assessment, if there is one with this id. */
  @Transactional(readOnly = true)
  public java.util.Optional<AnnualAssessment> find(long assessmentId) {
    return assessments.findById(assessmentId);
  }

  @Transactional(readOnly = true)
  public List<AnnualAssessment> ofMunicipalities(Collection<String> municipalities) {
    return assessments.findByMunicipalityInOrderByYearDesc(municipalities);
  }

  /** The assessments of these municipalities still open (not yet decided), earliest year first. */
  @Transactional(readOnly = true)
  public List<AnnualAssessment> openAssessments(Collection<String> municipalities) {
    return assessments.findByMunicipalityInAndStatusOrderByYearAsc(municipalities, AnnualAssessmentStatus.OPEN);
  }
}
