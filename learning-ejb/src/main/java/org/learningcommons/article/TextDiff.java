package org.learningcommons.article;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two texts line by line and, inside changed lines, word by word (java-diff-utils). The
 * lines come back as HTML: the texts are escaped, and only the {@code ins} and {@code del} marks
 * this class adds are markup.
 */
final class TextDiff {

  private static final DiffRowGenerator GENERATOR =
      DiffRowGenerator.create()
          .showInlineDiffs(true)
          .inlineDiffByWord(true)
          .mergeOriginalRevised(true)
          // The library's own normaliser leaves "&" alone: "&lt;" typed as text would render as
          // "<".
          .lineNormalizer(TextDiff::escape)
          .oldTag(start -> start ? "<del>" : "</del>")
          .newTag(start -> start ? "<ins>" : "</ins>")
          .build();

  private TextDiff() {}

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\t", "    ");
  }

  static List<DiffLine> between(List<String> before, List<String> after) {
    List<DiffLine> lines = new ArrayList<>();
    for (DiffRow row : GENERATOR.generateDiffRows(before, after)) {
      String html =
          switch (row.getTag()) {
            case EQUAL, CHANGE -> row.getOldLine();
            case INSERT -> wrapped("ins", row.getNewLine(), row.getOldLine());
            case DELETE -> wrapped("del", row.getOldLine(), row.getNewLine());
          };
      lines.add(new DiffLine(DiffLine.Change.valueOf(row.getTag().name()), html));
    }
    return lines;
  }

  /**
   * Whole added or removed lines: the generator marks them in one column or the other depending on
   * the options, so take whichever holds the text and make sure it carries its mark.
   */
  private static String wrapped(String mark, String line, String other) {
    String text = line == null || line.isEmpty() ? other : line;
    if (text == null) {
      return "";
    }
    return text.startsWith("<" + mark + ">") ? text : "<" + mark + ">" + text + "</" + mark + ">";
  }
}
