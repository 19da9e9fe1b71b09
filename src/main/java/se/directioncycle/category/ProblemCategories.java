package se.directioncycle.category;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.engine.PerTransaction;
import se.directioncycle.input.InputReader;
import se.directioncycle.input.InvalidInputException;

/**
 * A municipality's problem categories: the national list with the municipality's new names and retirements, then
 * its own categories. Read from the database once per transaction (a document or a batch of new tasks asks many
 * times), so a change counts from the next transaction on, on every node.
 */
@Service
public class ProblemCategories {

  /** The category nothing else fits; always offered, so a member can always report. */
  public static final String OTHER = "OVRIGT";
  static final int MAX_LABEL = 80;
  static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";
  /** A municipality's own categories come after the national ones, before "Övrigt" (position 1000). */
  private static final int OWN_POSITION = 900;

  private final NationalCategoryRepository national;
  private final MunicipalCategoryRepository municipal;

  ProblemCategories(NationalCategoryRepository national, MunicipalCategoryRepository municipal) {
    this.national = national;
    this.municipal = municipal;
  }

  /** Every category the municipality has had, retired ones included, in the order forms list them. */
  @Transactional(readOnly = true)
  public List<ProblemCategory> all(String municipality) {
    return PerTransaction.remember(this, municipality, () -> load(municipality));
  }

  private List<ProblemCategory> load(String municipality) {
    Map<String, MunicipalCategory> changes = municipal.findByMunicipality(municipality).stream()
        .collect(Collectors.toMap(MunicipalCategory::getCode, Function.identity()));
    record Placed(int position, ProblemCategory category) {}
    List<Placed> placed = new ArrayList<>();
    for (NationalCategory n : national.findAllByOrderByPositionAsc()) {
      MunicipalCategory change = changes.remove(n.getCode());
      placed.add(new Placed(n.getPosition(), new ProblemCategory(n.getCode(),
          change == null || change.getLabel() == null ? n.getLabel() : change.getLabel(), true,
          change != null && change.isRetired())));
    }
    changes.values().forEach(own -> placed.add(new Placed(own.getPosition(),
        new ProblemCategory(own.getCode(), own.getLabel(), false, own.isRetired()))));
    return placed.stream().sorted(Comparator.comparingInt(Placed::position)
        .thenComparing(p -> p.category().label())).map(Placed::category).toList();
  }

  /** The categories new forms offer. */
  @Transactional(readOnly = true)
  public List<ProblemCategory> offered(String municipality) {
    return all(municipality).stream().filter(c -> !c.retired()).toList();
  }

  /** Names for stored codes: the category's current name, retired or not; an unknown code stands for itself. */
  @Transactional(readOnly = true)
  public Labels labels(String municipality) {
    return Labels.of(all(municipality));
  }

  /** The names of one municipality's categories, looked up once for a whole document or form. */
  public record Labels(Map<String, String> byCode) {
    /** The names of these categories (retired ones included, so stored codes keep a name). */
    public static Labels of(List<ProblemCategory> categories) {
      Map<String, String> byCode = new LinkedHashMap<>();
      categories.forEach(c -> byCode.put(c.code(), c.label()));
      return new Labels(byCode);
    }

    public String of(String code) {
      return byCode.getOrDefault(code, code);
    }
  }

  /**
   * Adds a category of the municipality's own. The code is made from the name unless given.
   *
   * @throws InvalidInputException a missing or too long name, a malformed code, or a name or code already used
   */
  @Transactional
  public ProblemCategory add(String municipality, String label, String code, String by) {
    List<ProblemCategory> existing = all(municipality);
    InputReader input = new InputReader(Map.of("label", label == null ? "" : label));
    String name = input.text("label", "Namn", MAX_LABEL, true);
    input.throwIfInvalid();
    String chosen = code == null || code.isBlank() ? codeFor(name) : code.strip();
    if (!chosen.matches(CODE_PATTERN)) {
      throw new InvalidInputException("«Kod» får bara ha versalerna A–Z, siffror och _, börja med en bokstav och "
          + "vara 2–40 tecken.");
    }
    existing.stream().filter(c -> c.code().equals(chosen)).findFirst().ifPresent(c -> {
      throw new CategoryConflictException("Koden " + chosen + " används redan av kategorin «" + c.label() + "».");
    });
    refuseTakenName(existing, name, null);
    municipal.save(new MunicipalCategory(municipality, chosen, name, OWN_POSITION, EngineClock.now(), by));
    PerTransaction.forget(this);
    return new ProblemCategory(chosen, name, false, false);
  }

  /**
   * Renames or retires (or brings back) one of the municipality's categories, national or its own.
   *
   * @param label a new name, or null to keep the name
   * @param retired whether the category is retired after the change (null is refused)
   * @return empty when the municipality has no category with that code
   */
  @Transactional
  public Optional<ProblemCategory> change(String municipality, String code, String label, Boolean retired,
      String by) {
    List<ProblemCategory> existing = all(municipality);
    ProblemCategory current = existing.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    if (current == null) {
      return Optional.empty();
    }
    InputReader input = new InputReader(label == null ? Map.of() : Map.of("label", label));
    String name = input.text("label", "Namn", MAX_LABEL, false);
    if (retired == null) {
      input.problem("Skicka «retired»: true om kategorin ska tas bort, false om den ska finnas kvar (och om du vill "
          + "ett nytt namn i «label»).");
    }
    if (label != null && name == null && input.isValid()) {
      input.problem("Namn", "måste fyllas i.");
    }
    if (Boolean.TRUE.equals(retired) && OTHER.equals(code)) {
      input.problem("Kategorin «" + current.label() + "» kan inte tas bort: den behövs för det som inte passar "
          + "någon annan kategori.");
    }
    input.throwIfInvalid();
    if (name != null) {
      refuseTakenName(existing, name, code);
    }
    MunicipalCategory row = municipal.findById(new MunicipalCategory.Key(municipality, code))
        .orElseGet(() -> municipal.save(new MunicipalCategory(municipality, code, null, OWN_POSITION,
            EngineClock.now(), by)));
    row.change(name, retired, EngineClock.now(), by);
    PerTransaction.forget(this);
    return Optional.of(new ProblemCategory(code, name != null ? name : current.label(), current.national(),
        retired != null ? retired : current.retired()));
  }

  private static void refuseTakenName(List<ProblemCategory> existing, String name, String exceptCode) {
    existing.stream().filter(c -> !c.code().equals(exceptCode) && c.label().equalsIgnoreCase(name)).findFirst()
        .ifPresent(c -> {
          throw new CategoryConflictException("Det finns redan en kategori som heter «" + c.label() + "» (kod "
              + c.code() + ")" + (c.retired() ? ", borttagen: ta tillbaka den i stället." : "."));
        });
  }

  /** "Mopedstölder i centrum" → "MOPEDSTOLDER_I_CENTRUM". */
  static String codeFor(String label) {
    String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String code = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
      code = "K_" + code;
    }
    return code.length() > 40 ? code.substring(0, 40).replaceAll("_+$", "") : code;
  }
}
