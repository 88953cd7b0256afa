package org.learningcommons.development.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningcommons.development.CompletionImport.ImportLine;
import org.learningcommons.infrastructure.rest.InvalidInputException;

class CompletionCsvTest {

  private static List<ImportLine> lines(String csv) {
    return CompletionImportResource.lines(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theHeaderAndEmptyLinesAreSkippedAndLinesKeepTheirNumbers() {
    List<ImportLine> lines =
        lines(
            "\uFEFFusername,course,completedOn,hours\nalice,12,2026-01-05,\n\n bob ,\"Fire, safety\",2026-02-01,1.5\n");
    assertEquals(2, lines.size());
    assertEquals(new ImportLine(2, "alice", "12", "2026-01-05", "", 4), lines.get(0));
    assertEquals(new ImportLine(4, "bob", "Fire, safety", "2026-02-01", "1.5", 4), lines.get(1));
  }

  @Test
  void aFileWithoutHeaderStartsAtLineOneAndShortLinesSayHowManyColumnsTheyHave() {
    List<ImportLine> lines = lines("alice,12,2026-01-05\r\nbob,12");
    assertEquals(1, lines.get(0).number());
    assertEquals(3, lines.get(0).columns());
    assertNull(lines.get(0).hours());
    assertEquals(2, lines.get(1).number());
    assertEquals(2, lines.get(1).columns());
    assertNull(lines.get(1).completedOn());
  }

  @Test
  void anEmptyBodyOrAnUnclosedQuoteIsRefused() {
    assertThrows(InvalidInputException.class, () -> lines("  \n"));
    assertThrows(InvalidInputException.class, () -> lines("alice,\"12,2026-01-05\n"));
  }
}
