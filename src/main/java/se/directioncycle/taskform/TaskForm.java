package se.directioncycle.taskform;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.InvalidInputException;

/**
 * One task form as the server sees it: the fields it may submit, the rules they are read by, what a new task is
 * given before anyone sees it, and what a completed task records. Declared once per form by the feature that owns
 * it, for example:
 *
 * <pre>{@code
 * TaskForm.form("review-promises", REVIEW_DECISION, REVIEW_COMMENT)
 *     .reads((input, task) -> Review.read(input))
 *     .records((task, review) -> periods.recordReview(periodId(task), review.approved(), review.comment()));
 * }</pre>
 *
 * <p>The rules run twice: when the form is submitted (so bad input is refused with every problem in Swedish and the
 * task stays open) and again when the task completes, right before the outcome is recorded.
 *
 * @param <T> what the rules make of a valid submission
 */
public final class TaskForm<T> {

  /** Reads the submitted values; every problem goes to {@code input}, which is checked when the rules return. */
  @FunctionalInterface
  public interface Rules<T> {
    T read(InputReader input, VariableScope task);
  }

  /** What a new task is given (its own empty fields, read-only context) before anyone sees it. */
  @FunctionalInterface
  public interface Preparation {
    void prepare(DelegateTask task);
  }

  /** What a completed task's valid input is recorded as. */
  @FunctionalInterface
  public interface Outcome<T> {
    void record(DelegateTask task, T input);
  }

  private final String id;
  private final Set<String> fields;
  private final Rules<T> rules;
  private final Preparation preparation;
  private final Outcome<T> outcome;
  private final boolean startsEmpty;

  private TaskForm(String id, Set<String> fields, Rules<T> rules, Preparation preparation, Outcome<T> outcome,
      boolean startsEmpty) {
    this.id = id;
    this.fields = fields;
    this.rules = rules;
    this.preparation = preparation;
    this.outcome = outcome;
    this.startsEmpty = startsEmpty;
  }

  /**
   * Starts the declaration of the form with this id (a {@code camunda:formRef}, or an embedded form's file name
   * without {@code .html}) and the only variables it may submit.
   */
  public static Fields form(String id, String... fields) {
    return new Fields(id, Set.of(fields));
  }

  public static Fields form(String id, Set<String> fields) {
    return new Fields(id, Set.copyOf(fields));
  }

  /** Reads a submission with {@code rules}: the value, or {@link InvalidInputException} listing every problem. */
  public static <T> T read(VariableScope task, Rules<T> rules) {
    return read(task, rules, new VariablesByName(task, false));
  }

  private static <T> T read(VariableScope task, Rules<T> rules, VariablesByName values) {
    InputReader input = new InputReader(values);
    T value = rules.read(input, task);
    input.throwIfInvalid();
    return value;
  }

  public String id() {
    return id;
  }

  public Set<String> fields() {
    return fields;
  }

  /**
   * The submission read by this form's rules. A form that starts empty reads its fields from the task itself: a
   * value that reached the process another way (a completion with variables) is not this task's submission.
   */
  public T read(VariableScope task) {
    return read(task, rules, new VariablesByName(task, startsEmpty));
  }

  /**
   * Refuses submitted variables this form does not have, before anything is set: a member could otherwise
   * overwrite the process's own variables (candidate groups, deadlines) through a task.
   */
  void refuseUnknown(Set<String> submitted) {
    List<String> unknown = submitted.stream().filter(name -> !fields.contains(name)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown.stream()
          .map(name -> "«" + InputReader.printable(name) + "» finns inte i formuläret och kan inte sparas.")
          .toList());
    }
  }

  void prepare(DelegateTask task) {
    preparation.prepare(task);
  }

  /** Whether a submission's values live on the task only in the submitting command ({@link Declared#startsEmpty}). */
  boolean startsEmpty() {
    return startsEmpty;
  }

  void complete(DelegateTask task) {
    outcome.record(task, read(task));
  }

  /** The first step of a declaration: the form's id and fields. */
  public static final class Fields {
    private final String id;
    private final Set<String> fields;

    private Fields(String id, Set<String> fields) {
      this.id = Objects.requireNonNull(id);
      this.fields = fields;
    }

    /** The rules the server holds the submission to; the same ones the form declares. */
    public <T> Declared<T> reads(Rules<T> rules) {
      return new Declared<>(id, fields, Objects.requireNonNull(rules), task -> { }, false);
    }
  }

  /** A form with its rules: what remains is what a new task gets and what completing it records. */
  public static final class Declared<T> {
    private final String id;
    private final Set<String> fields;
    private final Rules<T> rules;
    private final Preparation preparation;
    private final boolean startsEmpty;

    private Declared(String id, Set<String> fields, Rules<T> rules, Preparation preparation, boolean startsEmpty) {
      this.id = id;
      this.fields = fields;
      this.rules = rules;
      this.preparation = preparation;
      this.startsEmpty = startsEmpty;
    }

    /** Adds what a new task is given, after what is already declared. */
    public Declared<T> prepares(Preparation next) {
      Objects.requireNonNull(next);
      Preparation before = preparation;
      return new Declared<>(id, fields, rules, task -> {
        before.prepare(task);
        next.prepare(task);
      }, startsEmpty);
    }

    /**
     * Every task of this form starts empty and leaves nothing behind: a submission's values are set on the task as
     * transient variables, which the rules and the outcome read in the command that submits and completes the task
     * and which are never written to the database. So no earlier task's answer is in the process to be shown or
     * resubmitted by mistake, and a report costs no variable rows (performance.md). For forms whose outcome records
     * what the process needs ({@link #records}); a field the model itself reads after the task cannot start empty.
     * A task created before its form started empty keeps the fields stored on it, and a submission goes into those
     * ({@code ValidatingTaskFormHandler}): the engine cannot make a stored variable transient.
     */
    public Declared<T> startsEmpty() {
      return new Declared<>(id, fields, rules, preparation, true);
    }

    public TaskForm<T> records(Outcome<T> outcome) {
      return new TaskForm<>(id, fields, rules, preparation, Objects.requireNonNull(outcome), startsEmpty);
    }

    /** A form whose input stays on the task and in its history, and is not recorded anywhere else. */
    public TaskForm<T> recordsNothing() {
      return records((task, input) -> { });
    }
  }
}
