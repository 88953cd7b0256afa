package org.learningcommons.learning.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.learning.IcsDocuments;
import org.learningcommons.learning.SessionCalendar;

/** The personal calendar feed, for calendar applications that subscribe with a feed token. */
@Path("feeds/calendar.ics")
@RequestScoped
public class CalendarFeedResource {

  @EJB SessionCalendar calendar;

  @GET
  @Produces(IcsDocuments.MEDIA_TYPE + ";charset=UTF-8")
  @Operation(
      summary = "My learning calendar (iCalendar)",
      description =
          "The sessions I have a place on (cancelled ones as STATUS:CANCELLED) and the due dates"
              + " of my open enrolments as all-day events; stable UIDs. Authenticate with a feed"
              + " token (?token= or Authorization: Bearer) or as for the rest of the API.")
  public String feed() {
    return calendar.feed();
  }
}
