package org.learningcommons.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoaderRowTest {

  @Test
  void valuesAreWrittenInCopyTextFormat() {
    Loader.Row row = new Loader.Row(6);
    row.begin();
    row.text("a\tb\\c\nd")
        .text(null)
        .number(7)
        .bool(true)
        .instant(Instant.parse("2026-01-05T07:00:00Z"))
        .text("Zoë");
    row.end();
    assertEquals("a\\tb\\\\c\\nd\t\\N\t7\tt\t2026-01-05T07:00:00Z\tZoë\n", row.drain());
  }

  @Test
  void aRowWithTheWrongNumberOfValuesIsABug() {
    Loader.Row row = new Loader.Row(2);
    row.begin();
    row.text("only one");
    assertThrows(IllegalStateException.class, row::end);
  }
}
