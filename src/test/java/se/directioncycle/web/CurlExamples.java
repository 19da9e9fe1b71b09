package se.directioncycle.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The `curl` commands in the fenced code blocks of the project's Markdown (README.md and docs/): each line of a block
 * that starts with `curl` begins one, read the way a shell reads it (single and double quotes, a backslash before a
 * line break, a `#` comment) up to its end. Only
 * what the examples use is understood: `-X`/`--request`, `-H`/`--header`, `-d`/`--data`/`--data-raw`/
 * `--data-binary`, `-u` and the URL.
 */
final class CurlExamples {

  /** One example: where it is, its HTTP method, the URL's path, its Content-Type header (or null) and its body (or null). */
  record Example(String where, String method, String path, String contentType, String body) {

    boolean isJson() {
      return body != null && (contentType == null
          ? body.strip().startsWith("{") : contentType.toLowerCase(Locale.ROOT).startsWith("application/json"));
    }

    @Override
    public String toString() {
      return method + " " + path + " (" + where + ")";
    }
  }

  private CurlExamples() {}

  /** README.md and every Markdown file under docs/, in the working directory (the project's). */
  static List<Example> ofProject() {
    List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Example> examples = new ArrayList<>();
    for (Path file : files) {
      try {
        examples.addAll(of(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return examples;
  }

  static List<Example> of(String name, String markdown) {
    List<Example> examples = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    StringBuilder block = null;
    int blockStart = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("```")) {
        if (block == null) {
          block = new StringBuilder();
          blockStart = i + 2;
        } else {
          String text = block.toString();
          int offset = 0;
          int lineNumber = blockStart;
          for (String blockLine : text.split("\n", -1)) {
            if (blockLine.strip().startsWith("curl ")) {
              examples.add(example(name + ":" + lineNumber, firstCommand(text.substring(offset))));
            }
            offset += blockLine.length() + 1;
            lineNumber++;
          }
          block = null;
        }
      } else if (block != null) {
        block.append(lines[i]).append('\n');
      }
    }
    return examples;
  }

  private static Example example(String where, List<String> command) {
    String method = null;
    String url = null;
    String contentType = null;
    String body = null;
    for (int i = 1; i < command.size(); i++) {
      String word = command.get(i);
      switch (word) {
        case "-X", "--request" -> method = command.get(++i);
        case "-H", "--header" -> {
          String header = command.get(++i);
          int colon = header.indexOf(':');
          if (colon > 0 && header.substring(0, colon).strip().equalsIgnoreCase("Content-Type")) {
            contentType = header.substring(colon + 1).strip();
          }
        }
        case "-d", "--data", "--data-raw", "--data-binary" -> body = fileOrText(command.get(++i), word);
        case "-u", "--user" -> i++;
        default -> {
          if (word.startsWith("http://") || word.startsWith("https://")) {
            url = word;
          }
        }
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("A curl example without a URL at " + where + ": " + command);
    }
    if (method == null) {
      method = body == null ? "GET" : "POST";
    }
    return new Example(where, method.toUpperCase(Locale.ROOT), URI.create(url).getPath(), contentType, body);
  }

  /** `--data-binary @docs/samples/x` (curl reads the file, from the project's root) or the text itself. */
  private static String fileOrText(String value, String option) {
    if (!value.startsWith("@") || option.equals("--data-raw")) {
      return value;
    }
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of(value.substring(1)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("A curl example sends a file that is not there: " + value, e);
    }
  }

  /** The first command of the text (up to its first unquoted line break or `;`), as its words after quote removal. */
  static List<String> firstCommand(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        if (text.charAt(i + 1) != '\n') {
          word = word == null ? new StringBuilder() : word;
          word.append(text.charAt(i + 1));
        }
        i += 2;
      } else if (c == '\'') {
        int end = text.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("An unclosed ' in: " + text);
        }
        word = word == null ? new StringBuilder() : word;
        word.append(text, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        word = word == null ? new StringBuilder() : word;
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
            i++;
          }
          word.append(text.charAt(i++));
        }
        if (i >= text.length()) {
          throw new IllegalArgumentException("An unclosed \" in: " + text);
        }
        i++;
      } else if (c == '#' && word == null) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '\n' || c == ' ' || c == '\t' || c == ';') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        if ((c == '\n' || c == ';') && !words.isEmpty()) {
          return words;
        }
        i++;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
        i++;
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
