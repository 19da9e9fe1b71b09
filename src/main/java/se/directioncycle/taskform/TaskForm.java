package se.directioncycle.taskform;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
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

  private TaskForm(String id, Set<String> fields, Rules<T> rules, Preparation preparation, Outcome<T> outcome) {
    this.id = id;
    this.fields = fields;
    this.rules = rules;
    this.preparation = preparation;
    this.outcome = outcome;
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
    InputReader input = new InputReader(new VariablesByName(task));
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

  /** The submission read by this form's rules. */
  public T read(VariableScope task) {
    return read(task, rules);
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
      return new Declared<>(id, fields, Objects.requireNonNull(rules), task -> { });
    }
  }

  /** A form with its rules: what remains is what a new task gets and what completing it records. */
  public static final class Declared<T> {
    private final String id;
    private final Set<String> fields;
    private final Rules<T> rules;
    private final Preparation preparation;

    private Declared(String id, Set<String> fields, Rules<T> rules, Preparation preparation) {
      this.id = id;
      this.fields = fields;
      this.rules = rules;
      this.preparation = preparation;
    }

    /** Adds what a new task is given, after what is already declared. */
    public Declared<T> prepares(Preparation next) {
      Objects.requireNonNull(next);
      Preparation before = preparation;
      return new Declared<>(id, fields, rules, task -> {
        before.prepare(task);
        next.prepare(task);
      });
    }

    /**
     * Gives every new task its own empty fields (task-local variables): the submission is stored on the task, and
     * an earlier task's answer in the process is neither shown nor resubmitted by mistake.
     */
    public Declared<T> startsEmpty() {
      return prepares(task -> fields.forEach(field -> task.setVariableLocal(field, Variables.untypedNullValue())));
    }

    public TaskForm<T> records(Outcome<T> outcome) {
      return new TaskForm<>(id, fields, rules, preparation, Objects.requireNonNull(outcome));
    }

    /** A form whose input stays on the task and in its history, and is not recorded anywhere else. */
    public TaskForm<T> recordsNothing() {
      return records((task, input) -> { });
    }
  }
}
