package se.directioncycle.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.directioncycle.council.CouncilProperties;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.engine.EngineClock;

/**
 * Opens the next quarter's cycle for every municipality with the quarterly cycle enabled, once the
 * lead time before the quarter has begun. Runs daily and at startup; on several nodes at once the
 * unique constraint lets exactly one start win. In the demo profile, a municipality that has no cycle at
 * all also gets the current quarter's cycle at startup, so a fresh demo always has work in Tasklist
 * whatever the date.
 */
@Component
class CycleOpeningScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(CycleOpeningScheduler.class);

  private final MunicipalityRegistry municipalities;
  private final CycleRepository cycles;
  private final CycleStarter starter;
  private final CycleProperties timing;
  private final boolean openCurrentQuarterForDemo;

  CycleOpeningScheduler(MunicipalityRegistry municipalities, CycleRepository cycles, CycleStarter starter,
      CycleProperties timing, CouncilProperties council) {
    this.municipalities = municipalities;
    this.cycles = cycles;
    this.starter = starter;
    this.timing = timing;
    this.openCurrentQuarterForDemo = council.demo().openCurrentQuarter();
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(30)
  public void openAtStartup() {
    openDueCycles();
    if (openCurrentQuarterForDemo) {
      openCurrentQuarterWhereNoCycleExists();
    }
  }

  @Scheduled(cron = "${directioncycle.cycle.opening-cron:0 0 6 * * *}", zone = "Europe/Stockholm")
  public void openOnSchedule() {
    openDueCycles();
  }

  /** @return business keys of the cycles opened now */
  public List<String> openDueCycles() {
    LocalDate today = EngineClock.today();
    Quarter next = Quarter.containing(today).next();
    boolean due = !today.isBefore(next.firstDay().minusDays(timing.openingLeadTime().toDays()));
    List<String> opened = new ArrayList<>();
    if (!due) {
      return opened;
    }
    for (Municipality municipality : municipalities.all()) {
      if (municipality.quarterlyCycle()
          && !cycles.existsByMunicipalityAndYearAndQuarter(municipality.id(), next.year(), next.quarter())) {
        open(municipality, next, opened);
      }
    }
    return opened;
  }

  /** @return business keys of the cycles opened now */
  public List<String> openCurrentQuarterWhereNoCycleExists() {
    Quarter current = Quarter.containing(EngineClock.today());
    List<String> opened = new ArrayList<>();
    for (Municipality municipality : municipalities.all()) {
      if (municipality.quarterlyCycle() && !cycles.existsByMunicipality(municipality.id())) {
        open(municipality, current, opened);
      }
    }
    return opened;
  }

  private void open(Municipality municipality, Quarter quarter, List<String> opened) {
    String businessKey = quarter.businessKey(municipality.id());
    try {
      starter.start(municipality.id(), quarter.year(), quarter.quarter());
      opened.add(businessKey);
      LOG.info("Opened cycle {}", businessKey);
    } catch (CycleAlreadyExistsException e) {
      LOG.info("Cycle {} was opened by another node", businessKey);
    } catch (RuntimeException e) {
      LOG.error("Could not open cycle {}; will retry at the next run", businessKey, e);
    }
  }
}
