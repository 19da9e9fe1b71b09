package se.directioncycle.situationreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "indicator_value")
class IndicatorValue {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_seq")
  @SequenceGenerator(name = "indicator_value_seq", sequenceName = "indicator_value_seq", allocationSize = 50) // ADR 0025
  private Long id;
  private String indicatorCode;
  @Column(name = "value_count")
  private long value;

  protected IndicatorValue() {}

  IndicatorValue(String indicatorCode, long value) {
    this.indicatorCode = indicatorCode;
    this.value = value;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public long getValue() {
    return value;
  }
}
