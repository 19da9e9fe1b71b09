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

  public static Optional<DialogueKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
  }
}
