package se.directioncycle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The boundaries of the code base, checked on the compiled main classes. Each top-level package under {@code
 * se.directioncycle} is a feature (or a piece of infrastructure) that owns its tables and its repositories; other
 * packages reach it through its public types only, and never through its tables or Camunda's.
 */
class ArchitectureTest {

  private static final String ROOT = "se.directioncycle";
  /** Main and test classes: a test in another package (a shared test helper, say) may need a public type too. */
  private static final JavaClasses ALL = new ClassFileImporter().importPackages(ROOT);
  private static final JavaClasses MAIN = ALL.that(DescribedPredicate.describe("main classes",
      (JavaClass c) -> new ImportOption.DoNotIncludeTests().includes(Location.of(c.getSource().orElseThrow().getUri()))));

  /**
   * Public types that no other package of ours uses, public because something outside our code looks them up by
   * name, or that a test reaches in a way bytecode does not show: the application class, Jersey's service files
   * under META-INF/services and the Cockpit plugin's JAX-RS resource (Jersey instantiates resources by
   * reflection), and the engine plugin the process tests' engine configuration names with the lookup interface
   * its test subclass implements as a lambda.
   */
  private static final Set<String> PUBLIC_FOR_FRAMEWORKS = Set.of(
      "se.directioncycle.DirectionCycleApplication",
      "se.directioncycle.access.RestGuardAutoDiscoverable",
      "se.directioncycle.throttle.ThrottleAutoDiscoverable",
      "se.directioncycle.dashboard.CoordinatorDashboardPlugin",
      "se.directioncycle.dashboard.DashboardResource",
      "se.directioncycle.council.TaskFilterFunctions", // its functions are called by the engine's expression language
      "se.directioncycle.taskform.TaskFormBinding",
      "se.directioncycle.taskform.TaskForms");

  @Test
  void featuresDoNotDependOnEachOtherInACycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void aRepositoryIsUsedOnlyByTheFeatureThatOwnsIt() {
    classes().that().areAssignableTo(Repository.class).and().areInterfaces()
        .should(beUsedOnlyFromTheirOwnPackage())
        .because("delegates, forms and services of other features go through the owning feature's service")
        .check(MAIN);
  }

  @Test
  void everySqlStatementNamesOnlyItsOwnFeaturesTablesAndNeverCamundas() throws IOException {
    Map<String, String> ownerOfTable = new HashMap<>();
    for (JavaClass entity : MAIN.stream().filter(c -> c.isAnnotatedWith(Entity.class)).toList()) {
      String table = entity.tryGetAnnotationOfType(Table.class).map(Table::name).orElse(entity.getSimpleName());
      ownerOfTable.put(table.toLowerCase(Locale.ROOT), feature(entity.getPackageName()));
      ownerOfTable.put(entity.getSimpleName().toLowerCase(Locale.ROOT), feature(entity.getPackageName()));
    }
    List<String> problems = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String feature = feature(packageOf(source));
        for (String table : SqlTables.in(Files.readString(source))) {
          String owner = ownerOfTable.get(table.toLowerCase(Locale.ROOT));
          if (table.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
            problems.add(source + " reads Camunda's table " + table + ": use the engine's query API");
          } else if (owner == null) {
            problems.add(source + " names table " + table + ", which no entity maps");
          } else if (!owner.equals(feature)) {
            problems.add(source + " reads " + table + " of feature " + owner + ": call that feature's service");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyPackageSaysWhatItOwns() {
    Set<String> missing = new TreeSet<>();
    for (JavaClass type : MAIN) {
      Path info = Path.of("src/main/java", type.getPackageName().replace('.', '/'), "package-info.java");
      if (!type.getPackageName().equals(ROOT) && !Files.exists(info)) {
        missing.add(type.getPackageName());
      }
    }
    assertThat(missing).as("packages without package-info.java").isEmpty();
  }

  @Test
  void aTypeIsPublicOnlyWhenAnotherPackageUsesIt() {
    classes().that().arePublic().and().areTopLevelClasses()
        .and(DescribedPredicate.describe("main classes", (JavaClass c) -> MAIN.contain(c.getName())))
        .and(DescribedPredicate.describe("not looked up by name by a framework",
            (JavaClass c) -> !PUBLIC_FOR_FRAMEWORKS.contains(c.getName())))
        .should(beUsedFromAnotherPackage())
        .check(ALL);
  }

  private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
    return new ArchCondition<>("be used only from their own package") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        repository.getDirectDependenciesToSelf().stream()
            .filter(d -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()))
            .forEach(d -> events.add(SimpleConditionEvent.violated(repository, d.getDescription())));
      }
    };
  }

  private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
    return new ArchCondition<>("be used from another package (otherwise make it package-private)") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean usedElsewhere = type.getDirectDependenciesToSelf().stream()
            .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()))
            || SourceReferences.fromOtherPackages(type);
        if (!usedElsewhere) {
          events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but used only in its package"));
        }
      }
    };
  }

  /**
   * Whether a source file of another package names the type. Compile-time constants are copied into the classes
   * that use them, so their users do not depend on the type in the bytecode ArchUnit reads.
   */
  static final class SourceReferences {
    private static final Map<Path, String> SOURCES = new HashMap<>();

    static boolean fromOtherPackages(JavaClass type) {
      Pattern reference = Pattern.compile("\\b" + Pattern.quote(type.getName()) + "\\b");
      return sources().entrySet().stream()
          .filter(source -> !source.getKey().getParent().endsWith(type.getPackageName().replace('.', '/')))
          .anyMatch(source -> reference.matcher(source.getValue()).find());
    }

    private static synchronized Map<Path, String> sources() {
      if (SOURCES.isEmpty()) {
        for (String root : List.of("src/main/java", "src/test/java")) {
          try (Stream<Path> files = Files.walk(Path.of(root))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
              SOURCES.put(file, Files.readString(file));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return SOURCES;
    }
  }

  /** The feature a package belongs to: its first segment below {@code se.directioncycle}. */
  static String feature(String packageName) {
    String rest = packageName.length() > ROOT.length() ? packageName.substring(ROOT.length() + 1) : "";
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String packageOf(Path source) {
    Path relative = Path.of("src/main/java").relativize(source.getParent());
    return relative.toString().replace('/', '.');
  }

  /** Table (or JPQL entity) names in the SQL and JPQL string literals of a Java source file. */
  static final class SqlTables {
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern STATEMENT = Pattern.compile("(?i)\\b(select|insert|update|delete)\\b");
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    static Set<String> in(String source) {
      Set<String> tables = new TreeSet<>();
      String rest = source;
      Matcher blocks = TEXT_BLOCK.matcher(source);
      while (blocks.find()) {
        collect(blocks.group(1), tables);
      }
      rest = TEXT_BLOCK.matcher(rest).replaceAll("");
      Matcher strings = STRING.matcher(rest);
      while (strings.find()) {
        collect(strings.group(1), tables);
      }
      return tables;
    }

    private static void collect(String literal, Set<String> tables) {
      if (!STATEMENT.matcher(literal).find()) {
        return;
      }
      Matcher table = TABLE.matcher(literal);
      while (table.find()) {
        tables.add(table.group(1));
      }
    }
  }

  @Test
  void theSqlScannerFindsTablesInStringsAndTextBlocks() {
    String source = "class X { String a = \"select count(*) from follow_up_report r join intervention i on 1=1\";\n"
        + "String b = \"\"\"\n  update ACT_RU_JOB set RETRIES_ = 1\n  \"\"\"; String c = \"Kommer från skolan\"; }";
    assertThat(SqlTables.in(source)).containsExactlyInAnyOrder("follow_up_report", "intervention", "ACT_RU_JOB");
    assertThat(feature("se.directioncycle.promise.dialogue")).isEqualTo("promise");
  }
}
