package se.directioncycle.agreement;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.engine.EngineClock;

/**
 * Demo only (`directioncycle.demo.cooperation-agreement`): the first municipality that has no cooperation agreement
 * gets a fictional one that runs out in 60 days, so its coordinator finds *Förnya samverkansöverenskommelse* in
 * Tasklist and the process has work in Cockpit. Registered through the model like any other agreement.
 */
@Component
class DemoCooperationAgreement {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCooperationAgreement.class);

  private final boolean enabled;
  private final MunicipalityRegistry municipalities;
  private final CooperationAgreementService agreements;
  private final CooperationAgreementStarter starter;

  DemoCooperationAgreement(@Value("${directioncycle.demo.cooperation-agreement:false}") boolean enabled,
      MunicipalityRegistry municipalities, CooperationAgreementService agreements, CooperationAgreementStarter starter) {
    this.enabled = enabled;
    this.municipalities = municipalities;
    this.agreements = agreements;
    this.starter = starter;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  public void seed() {
    if (!enabled) {
      return;
    }
    municipalities.all().stream().findFirst()
        .filter(m -> agreements.ofMunicipalities(List.of(m.id())).isEmpty())
        .ifPresent(this::register);
  }

  private void register(Municipality municipality) {
    LocalDate today = EngineClock.today();
    LocalDate validFrom = LocalDate.of(today.getYear() - 2, 1, 1);
    try {
      starter.start(municipality.id(), new CooperationAgreementStarter.Registration(
          "Samverkansöverenskommelse mellan Polisen och " + municipality.name() + " kommun",
          municipality.name() + " kommun; Polisen, lokalpolisområde " + municipality.policeArea(),
          validFrom.toString(), today.plusDays(60).toString(), validFrom.minusDays(14).toString()));
      LOG.info("Demo: registered a cooperation agreement for {} that runs out in 60 days", municipality.id());
    } catch (RuntimeException e) {
      LOG.warn("Demo: could not register a cooperation agreement for {}", municipality.id(), e);
    }
  }
}
