package se.directioncycle.promise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;

/**
 * Demo only (`directioncycle.demo.open-promise-period: true`, set by the demo profile): at startup, Kalix gets the
 * promise period it calls "2024–2026" (2024-09 to 2026-08) if it has no period at all, so a newcomer finds the
 * citizen-promise cycle with work in Tasklist (the three dialogues to document). Started like a coordinator's start,
 * through the model; a period that exists is never touched.
 */
@Component
class DemoPromisePeriod {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPromisePeriod.class);
  static final String MUNICIPALITY = "kalix";
  static final String FIRST_MONTH = "2024-09";
  static final int LENGTH_IN_MONTHS = 24;

  private final boolean enabled;
  private final MunicipalityRegistry municipalities;
  private final PromisePeriodRepository periods;
  private final RuntimeService runtimeService;

  DemoPromisePeriod(@Value("${directioncycle.demo.open-promise-period:false}") boolean enabled,
      MunicipalityRegistry municipalities, PromisePeriodRepository periods, RuntimeService runtimeService) {
    this.enabled = enabled;
    this.municipalities = municipalities;
    this.periods = periods;
    this.runtimeService = runtimeService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  public void openAtStartup() {
    if (enabled) {
      open();
    }
  }

  /** @return the business key of the period started now, if one was */
  Optional<String> open() {
    Optional<Municipality> kalix = municipalities.find(MUNICIPALITY);
    if (kalix.isEmpty() || !periods.findByMunicipalityInOrderByStartYearDesc(List.of(MUNICIPALITY)).isEmpty()) {
      return Optional.empty();
    }
    try {
      String key = runtimeService.createProcessInstanceByKey(CitizenPromiseVariables.PROCESS_KEY)
          .setVariables(Map.of(CitizenPromiseVariables.MUNICIPALITY, MUNICIPALITY,
              CitizenPromiseVariables.FIRST_MONTH, FIRST_MONTH,
              CitizenPromiseVariables.LENGTH_IN_MONTHS, LENGTH_IN_MONTHS))
          .execute().getBusinessKey();
      LOG.info("Demo: opened citizen-promise period {}", key);
      return Optional.of(key);
    } catch (PromisePeriodAlreadyExistsException e) {
      LOG.info("Demo: the citizen-promise period of {} was opened by another node", MUNICIPALITY);
      return Optional.empty();
    } catch (RuntimeException e) {
      LOG.error("Demo: could not open the citizen-promise period of {}", MUNICIPALITY, e);
      return Optional.empty();
    }
  }
}
