package se.directioncycle.cycle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.Municipality;
import se.directioncycle.input.InvalidInputException;

/** Registers and closes cycles; the database's unique constraint is the final word on duplicates. */
@Service
public class CycleService {

  private static final Logger LOG = LoggerFactory.getLogger(CycleService.class);

  private final CycleRepository cycles;
  private final ApplicationEventPublisher events;
  private final BoardReport boardReport;

  CycleService(CycleRepository cycles, ApplicationEventPublisher events, BoardReport boardReport) {
    this.cycles = cycles;
    this.events = events;
    this.boardReport = boardReport;
  }

  @Transactional
  public Cycle register(Municipality municipality, Quarter quarter, String processInstanceId, Instant now) {
    if (cycles.existsByMunicipalityAndYearAndQuarter(municipality.id(), quarter.year(), quarter.quarter())) {
      LOG.info("Refused a second start of {}", quarter.businessKey(municipality.id()));
      throw new CycleAlreadyExistsException(municipality.name(), quarter);
    }
    try {
      return cycles.saveAndFlush(new Cycle(municipality.id(), quarter, processInstanceId, now));
    } catch (DataIntegrityViolationException e) {
      LOG.info("Concurrent start of {} refused by the unique constraint", quarter.businessKey(municipality.id()));
      throw new CycleAlreadyExistsException(municipality.name(), quarter);
    } catch (PessimisticLockingFailureException e) {
      LOG.warn("Lock timeout while registering {}", quarter.businessKey(municipality.id()));
      throw new InvalidInputException("Kvartalscykeln för " + municipality.name() + " " + quarter.label()
          + " startas av någon annan just nu. Vänta en stund och kontrollera om den redan finns.");
    }
  }

  /** Closes the quarter with the report to the board on its direction decision; a closed cycle stays as it is. */
  @Transactional
  public void closeWithBoardReport(long cycleId, long decisionId, String municipalityName, Instant now) {
    if (get(cycleId).getStatus() != CycleStatus.CLOSED) {
      close(cycleId, boardReport.write(decisionId, municipalityName), now);
    }
  }

  @Transactional
  public void close(long cycleId, String boardSummary, Instant now) {
    Cycle cycle = get(cycleId);
    if (cycle.getStatus() != CycleStatus.CLOSED) {
      cycle.close(boardSummary, now);
      events.publishEvent(new CycleClosed(cycleId));
    }
  }

  @Transactional(readOnly = true)
  public Cycle get(long cycleId) {
    return cycles.findById(cycleId).orElseThrow(() -> new IllegalStateException("No cycle " + cycleId));
  }

  @Transactional(readOnly = true)
  public List<Cycle> ofMunicipalities(Collection<String> municipalities) {
    return cycles.findByMunicipalityInOrderByYearDescQuarterDesc(municipalities);
  }

  /** The municipality's cycle for the quarter, if one was opened. */
  @Transactional(readOnly = true)
  public Optional<Cycle> ofQuarter(String municipality, Quarter quarter) {
    return cycles.findByMunicipalityAndYearAndQuarter(municipality, quarter.year(), quarter.quarter());
  }

  /** The municipality's cycles from the first quarter to the last, both included, in one query. */
  @Transactional(readOnly = true)
  public List<Cycle> ofQuarters(String municipality, Quarter first, Quarter last) {
    return cycles.findByMunicipalityAndYearBetween(municipality, first.year(), last.year()).stream()
        .filter(cycle -> cycle.getQuarter().compareTo(first) >= 0 && cycle.getQuarter().compareTo(last) <= 0)
        .toList();
  }

  /** The open cycles of these municipalities, earliest quarter first. */
  @Transactional(readOnly = true)
  public List<Cycle> openCycles(Collection<String> municipalities) {
    return cycles.findByMunicipalityInAndStatusOrderByYearAscQuarterAsc(municipalities, CycleStatus.OPEN);
  }
}
