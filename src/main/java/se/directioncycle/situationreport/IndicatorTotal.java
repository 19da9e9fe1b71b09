package se.directioncycle.situationreport;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An indicator's total for the quarter, with the previous quarter and the same quarter last year. */
@Entity
@Table(name = "indicator_total")
public class IndicatorTotal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_total_seq")
  @SequenceGenerator(name = "indicator_total_seq", sequenceName = "indicator_total_seq", allocationSize = 50) // ADR 0025
  private Long id;
  private String indicatorCode;
  private long total;
  private Long previousQuarter;
  private Long sameQuarterLastYear;

  protected IndicatorTotal() {}

  IndicatorTotal(String indicatorCode, long total, Long previousQuarter, Long sameQuarterLastYear) {
    this.indicatorCode = indicatorCode;
    this.total = total;
    this.previousQuarter = previousQuarter;
    this.sameQuarterLastYear = sameQuarterLastYear;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public long getTotal() {
    return total;
  }

  public Long getPreviousQuarter() {
    return previousQuarter;
  }

  public Long getSameQuarterLastYear() {
    return sameQuarterLastYear;
  }
}
