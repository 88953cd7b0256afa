package org.learningcommons.announcement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CsvCellTest {

  @Test
  void directoryTextThatASpreadsheetWouldRunIsQuoted() {
    assertEquals(
        "'=HYPERLINK(\"http://evil\")",
        AnnouncementPublisherResource.cell("=HYPERLINK(\"http://evil\")"));
    assertEquals("'+1", AnnouncementPublisherResource.cell("+1"));
    assertEquals("'-2", AnnouncementPublisherResource.cell("-2"));
    assertEquals("'@SUM(A1)", AnnouncementPublisherResource.cell("@SUM(A1)"));
  }

  @Test
  void ordinaryTextStaysAsItIs() {
    assertEquals("Dana Smith", AnnouncementPublisherResource.cell("Dana Smith"));
    assertEquals("", AnnouncementPublisherResource.cell(""));
    assertNull(AnnouncementPublisherResource.cell(null));
  }
}
