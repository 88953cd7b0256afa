package org.learningcommons.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void changedWordsAreMarkedInsideTheLine() {
    List<DiffLine> lines =
        TextDiff.between(List.of("Connect to port 443"), List.of("Connect to port 8443"));

    assertEquals(1, lines.size());
    assertEquals(DiffLine.Change.CHANGE, lines.get(0).change());
    assertEquals("Connect to port <del>443</del><ins>8443</ins>", lines.get(0).html());
  }

  @Test
  void addedAndRemovedLinesAreMarkedWhole() {
    List<DiffLine> lines =
        TextDiff.between(List.of("Same", "Gone"), List.of("Same", "Between", "Gone", "New"));

    assertEquals(DiffLine.Change.EQUAL, lines.get(0).change());
    assertEquals("Same", lines.get(0).html());
    assertEquals("<ins>Between</ins>", lines.get(1).html());
    assertEquals("<ins>New</ins>", lines.get(3).html());
    List<DiffLine> removed = TextDiff.between(List.of("A", "B"), List.of("A"));
    assertEquals("<del>B</del>", removed.get(1).html());
  }

  @Test
  void theTextIsEscaped() {
    List<DiffLine> lines =
        TextDiff.between(List.of("a <b> & c"), List.of("a <script>alert(1)</script> & c"));

    assertEquals(
        "a <del>&lt;b&gt;</del><ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins> &amp; c",
        lines.get(0).html());
  }
}
