package se.directioncycle.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One imported safety-survey file: a municipality's aggregates for one year. A new import of the year replaces it. */
@Entity
@Table(name = "safety_survey")
public class SafetySurvey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String municipality;
  @Column(name = "survey_year")
  private int year;
  private Instant importedAt;
  private String importedBy;
  private String fileSha256;
  private int rowCount;
  @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<SafetySurveyRow> rows = new ArrayList<>();

  protected SafetySurvey() {}

  SafetySurvey(String municipality, int year, Instant importedAt, String importedBy, String fileSha256) {
    this.municipality = municipality;
    this.year = year;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
    this.fileSha256 = fileSha256;
  }

  void add(SafetySurveyRow row) {
    rows.add(row);
    rowCount = rows.size();
  }

  public Long getId() {
    return id;
  }

  public String getMunicipality() {
    return municipality;
  }

  public int getYear() {
    return year;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public int getRowCount() {
    return rowCount;
  }

  public List<SafetySurveyRow> getRows() {
    return Collections.unmodifiableList(rows);
  }
}
