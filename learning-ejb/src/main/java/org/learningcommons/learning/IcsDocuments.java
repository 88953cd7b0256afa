package org.learningcommons.learning;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar documents (RFC 5545) built with ical4j: the invitation to a classroom session (METHOD
 * REQUEST, or CANCEL once it is called off) and a person's calendar feed. Times are in UTC, all-day
 * events are dates, so no time-zone definitions are needed.
 */
public final class IcsDocuments {

  public static final String MEDIA_TYPE = "text/calendar";
  private static final String PRODUCT = "-//Learning Commons//Learning//EN";

  private IcsDocuments() {}

  /** The invitation to one session, for a calendar application to add or update. */
  public static String invitation(CalendarEntry session) {
    Calendar calendar = calendar(session.cancelled() ? "CANCEL" : "REQUEST");
    calendar.add(event(session));
    return write(calendar);
  }

  /** A published calendar (METHOD PUBLISH) with the given events. */
  public static String feed(String name, List<CalendarEntry> entries) {
    Calendar calendar = calendar("PUBLISH");
    calendar.add(new XProperty("X-WR-CALNAME", name));
    for (CalendarEntry entry : entries) {
      calendar.add(event(entry));
    }
    return write(calendar);
  }

  private static Calendar calendar(String method) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(
        switch (method) {
          case "REQUEST" -> ImmutableMethod.REQUEST;
          case "CANCEL" -> ImmutableMethod.CANCEL;
          default -> ImmutableMethod.PUBLISH;
        });
    return calendar;
  }

  private static VEvent event(CalendarEntry entry) {
    VEvent event =
        entry.isAllDay()
            ? new VEvent(entry.day(), entry.summary())
            : new VEvent(entry.startsAt(), entry.endsAt(), entry.summary());
    event.add(new Uid(entry.uid()));
    if (entry.location() != null) {
      event.add(new Location(entry.location()));
    }
    if (entry.organizerMail() != null) {
      Organizer organizer = new Organizer(URI.create("mailto:" + entry.organizerMail()));
      if (entry.organizerName() != null) {
        organizer.add(new Cn(entry.organizerName()));
      }
      event.add(organizer);
    }
    if (entry.description() != null) {
      event.add(new Description(entry.description()));
    }
    if (entry.url() != null) {
      event.add(new Url(URI.create(entry.url())));
    }
    if (!entry.isAllDay()) {
      event.add(new Sequence((int) Math.min(entry.sequence(), Integer.MAX_VALUE)));
      event.add(entry.cancelled() ? new Status("CANCELLED") : new Status("CONFIRMED"));
    }
    return event;
  }

  private static String write(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
