package se.directioncycle.promise;

import java.util.Arrays;
import java.util.Optional;

/** The three dialogues every promise period rests on (Polisen's method support, stages M3–M5). */
public enum DialogueKind {
  CITIZEN("Medborgardialog"),
  STAFF("Medarbetardialog"),
  COUNCIL("Rådets underlag");

  private final String label;

  DialogueKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** "Dokumentera medborgardialog": the dialogue task's name for this kind (the diagram says "Dokumentera dialog"). */
  public String taskName() {
    return "Dokumentera " + label.toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<DialogueKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
  }
}
