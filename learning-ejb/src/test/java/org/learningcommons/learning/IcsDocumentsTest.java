package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class IcsDocumentsTest {

  private static final Instant START = Instant.parse("2026-04-02T08:30:00Z");
  private static final Instant END = Instant.parse("2026-04-02T12:00:00Z");

  private static CalendarEntry session(boolean cancelled) {
    return CalendarEntry.session(
        "session-7@learning.example",
        "First aid, Berlin",
        START,
        END,
        "Room 4.12; Main St, 1",
        "Tina Trainer",
        "tina@learning.example",
        "https://learning.example/learning/sessions.xhtml?course=3",
        cancelled,
        2);
  }

  @Test
  void anInvitationIsARequestWithTheSessionInUtc() throws Exception {
    String text = IcsDocuments.invitation(session(false));

    assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
    assertTrue(text.contains("METHOD:REQUEST\r\n"), text);
    assertTrue(text.contains("DTSTART:20260402T083000Z\r\n"), text);
    assertTrue(text.contains("DTEND:20260402T120000Z\r\n"), text);
    assertTrue(text.contains("UID:session-7@learning.example\r\n"), text);
    assertTrue(text.contains("ORGANIZER;CN=Tina Trainer:mailto:tina@learning.example"), text);
    Calendar parsed = new CalendarBuilder().build(new StringReader(text));
    VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
    assertEquals("First aid, Berlin", event.getSummary().orElseThrow().getValue());
    assertEquals("Room 4.12; Main St, 1", event.getLocation().orElseThrow().getValue());
  }

  @Test
  void aCancelledSessionCancelsTheSameEvent() {
    String text = IcsDocuments.invitation(session(true));
    assertTrue(text.contains("METHOD:CANCEL\r\n"), text);
    assertTrue(text.contains("STATUS:CANCELLED\r\n"), text);
    assertTrue(text.contains("UID:session-7@learning.example\r\n"), text);
  }

  @Test
  void theFeedHasSessionsAndAllDayDueDates() throws Exception {
    String text =
        IcsDocuments.feed(
            "My learning",
            List.of(
                session(false),
                CalendarEntry.dueDate(
                    "due-12@learning.example",
                    "Due: Fire safety",
                    LocalDate.of(2026, 5, 1),
                    "https://learning.example/learning/course.xhtml?id=3")));
    assertTrue(text.contains("METHOD:PUBLISH\r\n"), text);
    assertTrue(text.contains("DTSTART;VALUE=DATE:20260501\r\n"), text);
    assertFalse(text.contains("METHOD:REQUEST"), text);
    Calendar parsed = new CalendarBuilder().build(new StringReader(text));
    assertEquals(2, parsed.getComponents("VEVENT").size());
  }
}
