package se.directioncycle.agreement;

import static se.directioncycle.agreement.CooperationAgreementVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Role;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.DateWindow;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.TextVariable;

/**
 * First step of every agreement, run synchronously inside the start request: checks the start form, registers
 * the agreement (a second one of the municipality with the same first day is refused there, and the start rolls
 * back), sets the business key `<municipality>-samverkan-<first day>`, the coordinator group and the two timer
 * dates. Variables the start form does not have are removed, so a start cannot plant e.g. a candidate group.
 */
@Component
public class RegisterCooperationAgreementDelegate implements JavaDelegate {

  static final int MAX_TITLE = 200;
  static final int MAX_PARTIES = 1_000;
  static final int MAX_YEARS = 10;
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  static final String LABEL_TITLE = "Titel";
  static final String LABEL_PARTIES = "Parter";
  /** The period the signing date is checked against, as the form's description names it. */
  public static final String PERIOD = "giltighetstidens";
  static final String LABEL_VALID_FROM = "Gäller från";
  static final String LABEL_VALID_TO = "Gäller till och med";
  static final String LABEL_SIGNED_ON = "Undertecknad";

  private final CooperationAgreementService agreements;
  private final MunicipalityRegistry municipalities;
  private final CooperationAgreementProperties timing;

  RegisterCooperationAgreementDelegate(CooperationAgreementService agreements, MunicipalityRegistry municipalities,
      CooperationAgreementProperties timing) {
    this.agreements = agreements;
    this.municipalities = municipalities;
    this.timing = timing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = EngineClock.today();
    AgreementInput input = read(execution.getVariables(), today);
    Municipality municipality = municipalities.get(execution.getTenantId());
    Instant now = EngineClock.now();
    CooperationAgreement agreement = agreements.register(municipality, input, execution.getProcessInstanceId(), now,
        CurrentUser.idOrNull());
    execution.setProcessBusinessKey(agreement.getBusinessKey());

    for (String name : execution.getVariableNames()) {
      if (!START_VARIABLES.contains(name)) {
        execution.removeVariable(name);
      }
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(TITLE, input.title());
    variables.put(PARTIES, input.parties());
    variables.put(AGREEMENT_TEXT, TextVariable.shown("#### " + input.title() + "\n\nParter: " + input.parties()));
    variables.put(VALID_FROM, input.validFrom().toString());
    variables.put(VALID_TO, input.validTo().toString());
    variables.put(SIGNED_ON, input.signedOn() == null ? null : input.signedOn().toString());
    variables.put(MUNICIPALITY, municipality.id());
    variables.put(MUNICIPALITY_NAME, municipality.name());
    variables.put(PERIOD_LABEL, agreement.getPeriodLabel());
    variables.put(AGREEMENT_ID, agreement.getId());
    variables.put(COORDINATOR_GROUP, municipality.group(Role.COORDINATOR));
    variables.put(RENEWAL_DUE_AT, Date.from(timing.renewalDueAt(input.validTo())));
    variables.put(EXPIRES_AT, Date.from(CooperationAgreement.expiry(input.validTo()).toInstant()));
    execution.setVariables(variables);
  }

  /** Every problem of the start form at once, in Swedish, naming the fields as the form does. */
  static AgreementInput read(Map<String, Object> variables, LocalDate today) {
    InputReader input = new InputReader(variables);
    String title = input.text(TITLE, LABEL_TITLE, MAX_TITLE, true);
    String parties = input.text(PARTIES, LABEL_PARTIES, MAX_PARTIES, true);
    LocalDate validFrom = withinRange(input, input.date(VALID_FROM, LABEL_VALID_FROM, true), LABEL_VALID_FROM);
    LocalDate validTo = withinRange(input, input.date(VALID_TO, LABEL_VALID_TO, true), LABEL_VALID_TO);
    LocalDate signedOn = withinRange(input, input.date(SIGNED_ON, LABEL_SIGNED_ON, false), LABEL_SIGNED_ON);
    if (validFrom != null && validTo != null) {
      if (!validTo.isAfter(validFrom)) {
        input.problem(LABEL_VALID_TO, "måste vara efter «" + LABEL_VALID_FROM + "» (" + validFrom + ").");
      } else if (!validTo.isBefore(validFrom.plusYears(MAX_YEARS))) {
        input.problem(LABEL_VALID_TO, "får vara högst " + MAX_YEARS + " år efter «" + LABEL_VALID_FROM + "»: senast "
            + validFrom.plusYears(MAX_YEARS).minusDays(1) + ".");
      }
    }
    if (validTo != null && validTo.isBefore(today)) {
      input.problem(LABEL_VALID_TO, "har redan passerat (" + validTo + "). Registrera den överenskommelse som gäller nu"
          + " eller den som ska börja gälla.");
    }
    if (signedOn != null) {
      if (signedOn.isAfter(today)) {
        input.problem(LABEL_SIGNED_ON, "kan inte ligga i framtiden. Lämna fältet tomt om överenskommelsen inte är"
            + " undertecknad än.");
      } else if (validTo != null && signedOn.isAfter(validTo)) {
        input.problem(LABEL_SIGNED_ON, "kan inte vara efter «" + LABEL_VALID_TO + "».");
      } else if (validFrom != null) {
        DateWindow.around(validFrom, validTo == null ? validFrom : validTo, PERIOD)
            .check(input, LABEL_SIGNED_ON, signedOn);
      }
    }
    input.throwIfInvalid();
    return new AgreementInput(title, parties, validFrom, validTo, signedOn);
  }

  private static LocalDate withinRange(InputReader input, LocalDate date, String label) {
    if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
      input.problem(label, "måste vara ett datum mellan " + EARLIEST + " och " + LATEST + ".");
      return null;
    }
    return date;
  }
}
