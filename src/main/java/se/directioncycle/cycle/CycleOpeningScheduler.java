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
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.system.EngineClock;

/**
 * Opens the next quarter's cycle for every municipality with the quarterly cycle enabled, once the
 * lead time before the quarter has begun. Runs daily and at startup; on several nodes at once the
 * unique constraint lets exactly one start win.
 */
@Component
public class CycleOpeningScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(CycleOpeningScheduler.class);

  private final MunicipalityRegistry municipalities;
  private final CycleRepository cycles;
  private final CycleStarter starter;
  private final CycleProperties timing;

  CycleOpeningScheduler(MunicipalityRegistry municipalities, CycleRepository cycles, CycleStarter starter,
      CycleProperties timing) {
    this.municipalities = municipalities;
    this.cycles = cycles;
    this.starter = starter;
    this.timing = timing;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(30)
  public void openAtStartup() {
    openDueCycles();
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
      if (!municipality.quarterlyCycle()
          || cycles.existsByMunicipalityAndYearAndQuarter(municipality.id(), next.year(), next.quarter())) {
        continue;
      }
      try {
        starter.start(municipality.id(), next.year(), next.quarter());
        opened.add(next.businessKey(municipality.id()));
        LOG.info("Opened cycle {}", next.businessKey(municipality.id()));
      } catch (CycleAlreadyExistsException e) {
        LOG.info("Cycle {} was opened by another node", next.businessKey(municipality.id()));
      } catch (RuntimeException e) {
        LOG.error("Could not open cycle {}; will retry at the next run", next.businessKey(municipality.id()), e);
      }
    }
    return opened;
  }
}
