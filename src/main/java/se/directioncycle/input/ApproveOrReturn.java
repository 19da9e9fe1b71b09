package se.directioncycle.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A decision-maker's answer to a proposal (the chair on the direction, the board on the action plan): approve
 * with a date and a protocol paragraph, or return with a comment. The same rules wherever it is asked.
 */
public record ApproveOrReturn(boolean approved, String comment, LocalDate date, Long protocolParagraph) {

  /**
   * The form's variable names, their approve/return values and the label of its date field. The form shows the
   * comment only when returning, and the date and the paragraph only when approving, each required where shown.
   */
  public record Fields(String choice, String approve, String giveBack, String comment, String date, String dateLabel,
      String paragraph) {

    public Set<String> names() {
      return Set.of(choice, comment, date, paragraph);
    }
  }

  /** The answer; an approval's date must lie in {@code window} (the period the decision is about). */
  public static ApproveOrReturn read(InputReader input, Fields fields, DateWindow window) {
    String choice = input.choice(fields.choice(), "Beslut", List.of(fields.approve(), fields.giveBack()), true);
    boolean approved = fields.approve().equals(choice);
    boolean returned = fields.giveBack().equals(choice);
    String comment = returned ? input.text(fields.comment(), "Kommentar", 4000, true) : null;
    LocalDate date = approved
        ? window.check(input, fields.dateLabel(), input.date(fields.date(), fields.dateLabel(), true)) : null;
    Long paragraph = approved ? input.integer(fields.paragraph(), "Protokollsparagraf (§)", 1, 9999, true) : null;
    return new ApproveOrReturn(approved, comment, date, paragraph);
  }
}
