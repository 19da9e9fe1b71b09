package se.directioncycle.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One municipality's quarter: at most one per municipality and quarter (unique constraint). */
@Entity
@Table(name = "cycle")
public class Cycle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String municipality;
  @Column(name = "cycle_year")
  private int year;
  private int quarter;
  private String businessKey;
  private String processInstanceId;
  @Enumerated(EnumType.STRING)
  private CycleStatus status;
  private Instant openedAt;
  private Instant closedAt;
  @Column(length = 20000)
  private String boardSummary;

  protected Cycle() {}

  Cycle(String municipality, Quarter quarter, String processInstanceId, Instant openedAt) {
    this.municipality = municipality;
    this.year = quarter.year();
    this.quarter = quarter.quarter();
    this.businessKey = quarter.businessKey(municipality);
    this.processInstanceId = processInstanceId;
    this.status = CycleStatus.OPEN;
    this.openedAt = openedAt;
  }

  void close(String boardSummary, Instant closedAt) {
    this.boardSummary = boardSummary;
    this.closedAt = closedAt;
    this.status = CycleStatus.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public String getMunicipality() {
    return municipality;
  }

  public Quarter getQuarter() {
    return new Quarter(year, quarter);
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public CycleStatus getStatus() {
    return status;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getBoardSummary() {
    return boardSummary;
  }
}
