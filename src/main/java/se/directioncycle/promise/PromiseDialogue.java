package se.directioncycle.promise;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dialogue of a promise period, aggregated: how, when, how many took part, where, and the themes raised. */
@Entity
@Table(name = "promise_dialogue")
public class PromiseDialogue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long periodId;
  @Enumerated(EnumType.STRING)
  private DialogueKind kind;
  private String method;
  private LocalDate heldOn;
  private int participants;
  private String places;
  private String themes;
  private String recordedBy;
  private Instant recordedAt;

  protected PromiseDialogue() {}

  PromiseDialogue(long periodId, DialogueKind kind) {
    this.periodId = periodId;
    this.kind = kind;
  }

  void record(DialogueRecord record, String by, Instant at) {
    this.method = record.method();
    this.heldOn = record.heldOn();
    this.participants = record.participants();
    this.places = record.places();
    this.themes = record.themes();
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public DialogueKind getKind() {
    return kind;
  }

  public String getMethod() {
    return method;
  }

  /** The method as the form names it, e.g. "Trygghetsvandring". */
  public String getMethodLabel() {
    return PromiseDraftingForms.METHOD_LABELS.getOrDefault(method, method);
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public int getParticipants() {
    return participants;
  }

  public String getPlaces() {
    return places;
  }

  public String getThemes() {
    return themes;
  }
}
