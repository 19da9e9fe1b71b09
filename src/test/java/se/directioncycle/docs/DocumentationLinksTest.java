package se.directioncycle.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No document points nowhere. Reads the README, every Markdown file under docs/ and the comments of every Java
 * file under src/, and checks:
 *
 * <ul>
 *   <li>every relative Markdown link or image names a file or folder of the repository, and an anchor into a
 *       Markdown file names one of its headings (GitHub's heading ids);</li>
 *   <li>every path that starts at a top-level folder of the repository (`bpmn/`, `docs/`, `src/`, `tools/`,
 *       `.ci/`, `.mvn/`), in backticks or not, exists; a placeholder such as `&lt;id&gt;` or `…` ends the part
 *       that is checked, and a `*` must match at least one file;</li>
 *   <li>every Markdown file named on its own (`security.md`) exists somewhere in the repository;</li>
 *   <li>the build folder is cited only where the build writes something: {@link #GENERATED};</li>
 *   <li>nothing outside the repository is cited: no link or path that climbs out of it, no absolute path into a
 *       workspace or home folder, and not the domain brief or research notes that live beside the repository
 *       ({@link #OUTSIDE}); docs/domain.md is the product's own domain description.</li>
 * </ul>
 *
 * URLs, Maven coordinates, REST paths and Java package paths are not file citations and are left alone. Fast and
 * without Spring: it reads files only.
 */
class DocumentationLinksTest {

  /** Where the build writes files that the docs cite; nothing else in the build folder may be cited. */
  static final List<String> GENERATED = List.of(
      "target/screenshots/", // BrowserIT's screenshots
      "target/benchmark/", // the benchmark's database and reports
      "target/direction-cycle-"); // the jar `./mvnw package` builds

  /** Top-level folders of the repository whose paths are checked wherever they are mentioned. */
  static final List<String> ROOTS = List.of("bpmn", "docs", "src", "tools", ".ci", ".mvn", "target");

  /** Texts that cite something outside the repository. */
  static final Pattern OUTSIDE = Pattern.compile(
      "\\bDOMAIN\\.md\\b|domain-research\\.md|(?<![\\w.])(?:\\.\\./)+shared/|(?<![\\w.:/])/(?:work|home|root|Users|mnt)/");

  static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  static final Pattern REFERENCE_LINK = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s+<?(\\S+?)>?(?:\\s|$)");
  static final Pattern REPOSITORY_PATH = Pattern.compile(
      "(?<![\\w./\\-:@])((?:\\.\\./)*(?:" + String.join("|", ROOTS.stream().map(Pattern::quote).toList())
          + ")/[\\w./<>{}*…\\-]*)");
  static final Pattern MARKDOWN_NAME = Pattern.compile("(?<![\\w./\\-:@])([\\w\\-]+(?:\\.[\\w\\-]+)*\\.md)\\b");
  static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
  static final Pattern INLINE_CODE = Pattern.compile("(`+)[^`\n].*?\\1");
  static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.\\-]*:");

  final Path root = repositoryRoot();
  final Map<Path, Set<String>> anchorCache = new HashMap<>();

  @Test
  void everyCitedFileIsInTheRepository() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path markdown : markdownFiles()) {
      String text = Files.readString(markdown);
      checkLinks(markdown, stripInlineCode(stripFencedCode(text)), problems);
      checkMentions(markdown, text, problems);
    }
    for (Path java : javaFiles()) {
      checkMentions(java, javaComments(Files.readString(java)), problems);
    }
    assertThat(problems).as("citations that point nowhere or outside the repository").isEmpty();
  }

  @Test
  void theRulesCatchADanglingCitation() {
    List<String> problems = new ArrayList<>();
    Path doc = root.resolve("docs/example.md");
    checkLinks(doc, "See [gone](gone.md), [up](../../elsewhere.md), [bad anchor](security.md#no-such-heading) "
        + "and [fine](security.md#known-gaps).", problems);
    checkMentions(doc, "Read `docs/nothing-here.md`, DOMAIN.md, ../shared/reference/x.md, /work/shared/y, "
        + "src/main/java/se/directioncycle/Nowhere.java, target/classes/x, bpmn/*.nothing and missing-file.md; "
        + "but not https://example.org/docs/x.md, org.camunda.bpm:camunda-bom, /api/documents or `bpmn/forms/*.form`.",
        problems);
    checkMentions(root.resolve("src/main/java/X.java"),
        javaComments("class X { String s = \"docs/not-a-comment.md\"; // docs/dangling.md\n }"), problems);
    assertThat(problems).hasSize(12)
        .anyMatch(p -> p.contains("gone.md"))
        .anyMatch(p -> p.contains("../../elsewhere.md"))
        .anyMatch(p -> p.contains("#no-such-heading"))
        .anyMatch(p -> p.contains("docs/nothing-here.md"))
        .anyMatch(p -> p.contains("DOMAIN.md"))
        .anyMatch(p -> p.contains("../shared/"))
        .anyMatch(p -> p.contains("/work/"))
        .anyMatch(p -> p.contains("Nowhere.java"))
        .anyMatch(p -> p.contains("target/classes/x"))
        .anyMatch(p -> p.contains("bpmn/*.nothing"))
        .anyMatch(p -> p.contains("missing-file.md"))
        .anyMatch(p -> p.contains("docs/dangling.md"))
        .noneMatch(p -> p.contains("not-a-comment") || p.contains("example.org") || p.contains("known-gaps"));
  }

  @Test
  void headingIdsFollowGitHub() {
    assertThat(slug("Phase 1: situation report (*lägesbild*)")).isEqualTo("phase-1-situation-report-lägesbild");
    assertThat(slug("Skärmbilder / Screenshots")).isEqualTo("skärmbilder--screenshots");
    assertThat(slug("Lämna underlag till lägesbild (`UserTask_SubmitSituationInput`)"))
        .isEqualTo("lämna-underlag-till-lägesbild-usertask_submitsituationinput");
    assertThat(slug("The [guide](x.md) and **more**")).isEqualTo("the-guide-and-more");
  }

  // --- the checks ---------------------------------------------------------------------------------------------

  void checkLinks(Path file, String text, List<String> problems) {
    List<String> targets = new ArrayList<>();
    for (Pattern pattern : List.of(MARKDOWN_LINK, REFERENCE_LINK)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        targets.add(m.group(1));
      }
    }
    for (String target : targets) {
      if (SCHEME.matcher(target).find()) {
        continue; // http:, https:, mailto: …
      }
      String path = target.replaceFirst("[?#].*$", "");
      String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
      if (path.startsWith("/")) {
        problems.add(where(file) + ": link to an absolute path " + target);
        continue;
      }
      Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
      if (!resolved.startsWith(root)) {
        problems.add(where(file) + ": link leaves the repository: " + target);
      } else if (!Files.exists(resolved)) {
        problems.add(where(file) + ": link to a missing file: " + target);
      } else if (anchor != null && !anchor.isEmpty() && resolved.toString().endsWith(".md")
          && !anchors(resolved).contains(anchor)) {
        problems.add(where(file) + ": link to a missing heading: " + target);
      }
    }
  }

  void checkMentions(Path file, String text, List<String> problems) {
    Matcher outside = OUTSIDE.matcher(text);
    while (outside.find()) {
      problems.add(where(file) + ": cites something outside the repository: " + outside.group());
    }
    Matcher path = REPOSITORY_PATH.matcher(text);
    while (path.find()) {
      String mention = trimMention(path.group(1));
      String problem = checkPath(mention);
      if (problem != null) {
        problems.add(where(file) + ": " + problem + ": " + mention);
      }
    }
    Matcher name = MARKDOWN_NAME.matcher(text);
    while (name.find()) {
      if (!markdownNames().contains(name.group(1)) && !name.group(1).equals("DOMAIN.md")) {
        problems.add(where(file) + ": no Markdown file of that name in the repository: " + name.group(1));
      }
    }
  }

  /** A mention without what follows it in the text: an HTML end tag, a closing brace of {@code ...}, a full stop. */
  static String trimMention(String mention) {
    String m = mention;
    int endTag = m.indexOf("</");
    if (endTag >= 0) {
      m = m.substring(0, endTag);
    }
    int brace = m.indexOf('}');
    if (brace >= 0 && m.lastIndexOf('{', brace) < 0) {
      m = m.substring(0, brace);
    }
    return m.replaceAll("[.,:;]+$", "");
  }

  /** Null when the mentioned path exists (up to its first placeholder), else what is wrong. */
  String checkPath(String mention) {
    if (mention.startsWith("../")) {
      return "a path that leaves the repository";
    }
    if (mention.startsWith("target/")) {
      return GENERATED.stream().anyMatch(g -> (mention + "/").startsWith(g)) ? null
          : "target/ is build output; cite it only where the build writes (DocumentationLinksTest.GENERATED)";
    }
    int placeholder = indexOfAny(mention, "<", "{", "…");
    String checked = placeholder < 0 ? mention : mention.substring(0, mention.lastIndexOf('/', placeholder) + 1);
    if (checked.contains("*")) {
      PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + checked);
      try (Stream<Path> files = Files.walk(root.resolve(checked.substring(0, checked.lastIndexOf('/', checked.indexOf('*')) + 1)))) {
        return files.map(root::relativize).anyMatch(glob::matches) ? null : "no file matches";
      } catch (IOException | UncheckedIOException e) {
        return "no such folder";
      }
    }
    return Files.exists(root.resolve(checked)) || uniquePrefix(checked) ? null
        : "no such file or folder in the repository";
  }

  // --- reading ------------------------------------------------------------------------------------------------

  List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  List<Path> javaFiles() throws IOException {
    try (Stream<Path> src = Files.walk(root.resolve("src"))) {
      return src.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  Set<String> markdownNamesCache;

  Set<String> markdownNames() {
    if (markdownNamesCache == null) {
      try (Stream<Path> all = Files.walk(root)) {
        markdownNamesCache = new LinkedHashSet<>(all
            .filter(p -> !p.startsWith(root.resolve("target")) && !p.startsWith(root.resolve(".git"))
                && !p.toString().contains("node_modules"))
            .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return markdownNamesCache;
  }

  /** The ids GitHub gives the headings of a Markdown file, and explicit {@code <a id>} anchors. */
  Set<String> anchors(Path markdown) {
    return anchorCache.computeIfAbsent(markdown, file -> {
      Set<String> ids = new LinkedHashSet<>();
      Map<String, Integer> seen = new HashMap<>();
      String text;
      try {
        text = stripFencedCode(Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (String line : text.split("\n")) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
          String id = slug(heading.group(2));
          int n = seen.merge(id, 1, Integer::sum);
          ids.add(n == 1 ? id : id + "-" + (n - 1));
        }
        Matcher html = HTML_ANCHOR.matcher(line);
        while (html.find()) {
          ids.add(html.group(1));
        }
      }
      return ids;
    });
  }

  /** GitHub's heading id: the text without markup, lower case, punctuation dropped, each space a hyphen. */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "").replace("*", "");
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _\\-]", "").replace(' ', '-');
  }

  /** Markdown without its fenced code blocks (their lines become empty, so line numbers stay). */
  static String stripFencedCode(String text) {
    StringBuilder out = new StringBuilder();
    String fence = null;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.stripLeading();
      if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
        fence = trimmed.substring(0, 3);
        out.append('\n');
      } else if (fence != null) {
        if (trimmed.startsWith(fence)) {
          fence = null;
        }
        out.append('\n');
      } else {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** Markdown without its code spans: a link written in backticks is shown, not followed. */
  static String stripInlineCode(String text) {
    return INLINE_CODE.matcher(text).replaceAll("");
  }

  /** The text of a Java file's comments (line, block and Javadoc), without its strings and code. */
  static String javaComments(String source) {
    StringBuilder comments = new StringBuilder();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        end = end < 0 ? n : end;
        comments.append(source, i + 2, end).append('\n');
        i = end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end;
        comments.append(source, i + 2, end).append('\n');
        i = end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return comments.toString();
  }

  /** A citation by the start of a file's name, as `docs/adr/0003` for that ADR: exactly one entry starts so. */
  boolean uniquePrefix(String mention) {
    Path cited = root.resolve(mention);
    Path folder = cited.getParent();
    String start = cited.getFileName().toString();
    if (mention.endsWith("/") || start.length() < 3 || !Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(e -> e.getFileName().toString().startsWith(start)).count() == 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int indexOfAny(String text, String... needles) {
    int best = -1;
    for (String needle : needles) {
      int at = text.indexOf(needle);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  String where(Path file) {
    return root.relativize(file).toString();
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("pom.xml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no pom.xml above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
