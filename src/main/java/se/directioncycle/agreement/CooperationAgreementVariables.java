package se.directioncycle.agreement;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.directioncycle.cycle.TaskTitles;

/** Variable names of `CooperationAgreement` (one place; form field keys equal these names). */
final class CooperationAgreementVariables {

  public static final String PROCESS_KEY = "CooperationAgreement";

  // start form `register-cooperation-agreement`
  public static final String TITLE = "title";
  public static final String PARTIES = "parties";
  public static final String VALID_FROM = "validFrom";
  public static final String VALID_TO = "validTo";
  public static final String SIGNED_ON = "signedOn";

  // set by the registration
  public static final String MUNICIPALITY = "municipality";
  public static final String MUNICIPALITY_NAME = TaskTitles.MUNICIPALITY_NAME;
  /** Used by the task titles ("Förnya samverkansöverenskommelse – Kalix 2027-01-01–2029-12-31"). */
  public static final String PERIOD_LABEL = TaskTitles.PERIOD_LABEL;
  public static final String AGREEMENT_ID = "agreementId";
  /** Title and parties made safe to show in the renewal form (TextVariable). */
  public static final String AGREEMENT_TEXT = "agreementText";
  public static final String COORDINATOR_GROUP = "coordinatorGroup";
  /** When the renewal task comes: the agreement's expiry minus the renewal lead time. */
  public static final String RENEWAL_DUE_AT = "renewalDueAt";
  /** The start of the day after the agreement's last day (Swedish time). */
  public static final String EXPIRES_AT = "expiresAt";

  // renewal form `renew-cooperation-agreement`
  public static final String RENEWAL_OUTCOME = "renewalOutcome";
  public static final String RENEWAL_NOTE = "renewalNote";
  /** Who completed the renewal task, for the register. */
  public static final String RENEWAL_DECIDED_BY = "renewalDecidedBy";

  /** What a start may carry; anything else is removed by the registration. */
  static final Set<String> START_VARIABLES = Set.of(TITLE, PARTIES, VALID_FROM, VALID_TO, SIGNED_ON, MUNICIPALITY);

  private CooperationAgreementVariables() {}

  public static long agreementId(VariableScope scope) {
    return ((Number) scope.getVariable(AGREEMENT_ID)).longValue();
  }
}
