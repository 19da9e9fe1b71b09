package se.directioncycle.agreement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.Municipality;
import se.directioncycle.input.InvalidInputException;

/** Registers agreements (the unique constraint is the final word on duplicates) and records what became of them. */
@Service
class CooperationAgreementService {

  private static final Logger LOG = LoggerFactory.getLogger(CooperationAgreementService.class);

  private final CooperationAgreementRepository agreements;

  CooperationAgreementService(CooperationAgreementRepository agreements) {
    this.agreements = agreements;
  }

  @Transactional
  public CooperationAgreement register(Municipality municipality, AgreementInput input, String processInstanceId,
      Instant now, String registeredBy) {
    String key = CooperationAgreement.businessKey(municipality.id(), input.validFrom());
    if (agreements.existsByMunicipalityAndValidFrom(municipality.id(), input.validFrom())) {
      LOG.info("Refused a second agreement {}", key);
      throw new CooperationAgreementAlreadyExistsException(municipality.name(), input.validFrom());
    }
    try {
      return agreements.saveAndFlush(
          new CooperationAgreement(municipality.id(), input, processInstanceId, now, registeredBy));
    } catch (DataIntegrityViolationException e) {
      LOG.info("Concurrent registration of {} refused by the unique constraint", key);
      throw new CooperationAgreementAlreadyExistsException(municipality.name(), input.validFrom());
    } catch (PessimisticLockingFailureException e) {
      LOG.warn("Lock timeout while registering {}", key);
      throw new InvalidInputException("Samverkansöverenskommelsen för " + municipality.name() + " från "
          + input.validFrom() + " registreras av någon annan just nu. Vänta en stund och kontrollera registret.");
    }
  }

  /** Idempotent: a retried job finds the outcome already recorded and leaves it. */
  @Transactional
  public void recordRenewal(long agreementId, RenewalOutcome outcome, String note, String decidedBy, Instant now) {
    CooperationAgreement agreement = get(agreementId);
    if (agreement.getRenewalOutcome() == null) {
      agreement.renewalDecided(outcome, note, decidedBy, now);
      LOG.info("Renewal of {} recorded: {}", agreement.getBusinessKey(), outcome);
    }
  }

  /** Idempotent: an agreement already marked keeps its first expiry time; a decided one is never overwritten. */
  @Transactional
  public void markExpired(long agreementId, Instant now) {
    CooperationAgreement agreement = get(agreementId);
    if (agreement.getStatus() == CooperationAgreementStatus.ACTIVE) {
      agreement.expired(now);
      LOG.info("Agreement {} expired without a renewal decision", agreement.getBusinessKey());
    }
  }

  @Transactional(readOnly = true)
  public CooperationAgreement get(long agreementId) {
    return agreements.findById(agreementId)
        .orElseThrow(() -> new IllegalStateException("No cooperation agreement " + agreementId));
  }

  @Transactional(readOnly = true)
  public List<CooperationAgreement> ofMunicipalities(Collection<String> municipalities) {
    return agreements.findByMunicipalityInOrderByValidFromDesc(municipalities);
  }
}
