package se.directioncycle.document;

import java.util.ArrayList;
import java.util.List;

/** Splits a step's Markdown-like text into blocks the text-report template lays out. */
final class TextBlocks {

  record Block(String type, String text) {}

  private TextBlocks() {}

  static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.startsWith("#")) {
        blocks.add(new Block("heading", trimmed.replaceFirst("^#+\\s*", "")));
      } else if (trimmed.startsWith("- ")) {
        blocks.add(new Block("item", trimmed.substring(2)));
      } else if (trimmed.startsWith("|")) {
        if (!trimmed.matches("\\|[-|\\s]+\\|")) {
          blocks.add(new Block("row", String.join("   ", trimmed.replaceAll("^\\||\\|$", "").split("\\|"))));
        }
      } else {
        blocks.add(new Block("paragraph", trimmed.replace("**", "")));
      }
    }
    return blocks;
  }
}
