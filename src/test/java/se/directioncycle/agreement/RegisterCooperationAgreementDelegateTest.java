package se.directioncycle.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.directioncycle.input.InvalidInputException;

/** The start form's rules and the renewal date, without an engine. */
class RegisterCooperationAgreementDelegateTest {

  static final LocalDate TODAY = LocalDate.of(2070, 12, 15);

  @Test
  void aGoodRegistrationIsReadAndTrimmed() {
    AgreementInput input = RegisterCooperationAgreementDelegate.read(form(), TODAY);

    assertThat(input).isEqualTo(new AgreementInput("Samverkansöverenskommelse 2071–2073",
        "Kalix kommun, Polisen lokalpolisområde Östra Norrbotten", LocalDate.of(2071, 1, 1), LocalDate.of(2073, 12, 31),
        LocalDate.of(2070, 12, 1)));
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    Map<String, Object> form = form();
    form.remove("title");
    form.put("parties", "x".repeat(1001));
    form.put("validFrom", "2071-13-01");
    form.put("signedOn", "2070-12-16");

    assertThatThrownBy(() -> RegisterCooperationAgreementDelegate.read(form, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Titel» måste fyllas i.")
        .hasMessageContaining("«Parter» får vara högst 1000 tecken (nu 1001).")
        .hasMessageContaining("«Gäller från» måste vara ett datum (ÅÅÅÅ-MM-DD).")
        .hasMessageContaining("«Undertecknad» kan inte ligga i framtiden.");
  }

  @Test
  void thePeriodMustRunForwardsAtMostTenYearsAndNotBeOver() {
    assertThatThrownBy(() -> RegisterCooperationAgreementDelegate.read(form("2071-01-01", "2071-01-01"), TODAY))
        .hasMessage("«Gäller till och med» måste vara efter «Gäller från» (2071-01-01).");
    assertThatThrownBy(() -> RegisterCooperationAgreementDelegate.read(form("2071-01-01", "2081-01-01"), TODAY))
        .hasMessage("«Gäller till och med» får vara högst 10 år efter «Gäller från»: senast 2080-12-31.");
    assertThat(RegisterCooperationAgreementDelegate.read(form("2071-01-01", "2080-12-31"), TODAY).validTo())
        .isEqualTo(LocalDate.of(2080, 12, 31));
    assertThatThrownBy(() -> RegisterCooperationAgreementDelegate.read(form("2067-01-01", "2070-12-14"), TODAY))
        .hasMessageContaining("«Gäller till och med» har redan passerat (2070-12-14).");
    assertThatThrownBy(() -> RegisterCooperationAgreementDelegate.read(form("1999-12-31", "2072-01-01"), TODAY))
        .hasMessage("«Gäller från» måste vara ett datum mellan 2000-01-01 och 2100-12-31.");
  }

  @Test
  void personalDataAndNonTextAreRefused() {
    Map<String, Object> form = form();
    form.put("parties", "Kalix kommun (kontakt: anna.andersson@kalix.se), Polisen");
    form.put("title", 42);

    assertThatThrownBy(() -> RegisterCooperationAgreementDelegate.read(form, TODAY))
        .hasMessageContaining("«Parter»").hasMessageContaining("e-postadress")
        .hasMessageContaining("«Titel» måste vara text.");
  }

  @Test
  void theRenewalTaskComesTheLeadTimeBeforeTheEndOfTheLastDay() {
    CooperationAgreementProperties timing = new CooperationAgreementProperties(Duration.ofDays(90));

    // the agreement holds through 2073-12-31 and expires at midnight Swedish time (UTC+1 in winter)
    assertThat(CooperationAgreement.expiry(LocalDate.of(2073, 12, 31)).toInstant())
        .isEqualTo(Instant.parse("2073-12-31T23:00:00Z"));
    // 90 calendar days earlier, at midnight Swedish summer time (UTC+2)
    assertThat(timing.renewalDueAt(LocalDate.of(2073, 12, 31))).isEqualTo(Instant.parse("2073-10-02T22:00:00Z"));
    assertThat(new CooperationAgreementProperties(Duration.ofHours(36)).renewalDueAt(LocalDate.of(2073, 6, 30)))
        .isEqualTo(Instant.parse("2073-06-29T10:00:00Z"));
    assertThatThrownBy(() -> new CooperationAgreementProperties(Duration.ZERO)).isInstanceOf(IllegalStateException.class);
  }

  private static Map<String, Object> form(String validFrom, String validTo) {
    Map<String, Object> form = form();
    form.put("validFrom", validFrom);
    form.put("validTo", validTo);
    form.remove("signedOn");
    return form;
  }

  private static Map<String, Object> form() {
    Map<String, Object> form = new HashMap<>();
    form.put("title", "  Samverkansöverenskommelse 2071–2073 ");
    form.put("parties", "Kalix kommun, Polisen lokalpolisområde Östra Norrbotten");
    form.put("validFrom", "2071-01-01");
    form.put("validTo", "2073-12-31");
    form.put("signedOn", "2070-12-01");
    return form;
  }
}
