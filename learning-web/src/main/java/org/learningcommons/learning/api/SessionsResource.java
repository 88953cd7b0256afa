package org.learningcommons.learning.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.learning.BookingView;
import org.learningcommons.learning.ClassroomSessions;
import org.learningcommons.learning.IcsDocuments;
import org.learningcommons.learning.SessionAttendance;
import org.learningcommons.learning.SessionCalendar;
import org.learningcommons.learning.SessionListings;
import org.learningcommons.learning.SessionView;
import org.learningcommons.learning.SignUpOutcome;
import org.learningcommons.learning.api.SessionInputs.AttendanceInput;
import org.learningcommons.learning.api.SessionInputs.SessionInput;
import org.learningcommons.shared.PageRequest;

/**
 * Classroom sessions: reading, changing and cancelling one, signing up and cancelling, the list of
 * bookings, attendance and the calendar invitation. A session of a course the caller may not see is
 * 404.
 */
@Path("sessions/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

  @EJB ClassroomSessions sessions;
  @EJB SessionAttendance attendance;
  @EJB SessionListings listings;
  @EJB SessionCalendar calendar;

  @GET
  @Operation(
      summary = "A session",
      description = "With places taken, seats left, the waiting list's length and my booking.")
  public SessionView session(@PathParam("id") long id) {
    return listings.session(id);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a session (course owner, HR)",
      description =
          "Body as for scheduling. Only before it starts (409 after). The capacity cannot fall"
              + " below the places booked (400); a larger one gives places to the people waiting,"
              + " who are notified.")
  public SessionView reschedule(@PathParam("id") long id, SessionInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    sessions.reschedule(id, input.checkedDraft());
    return listings.session(id);
  }

  @DELETE
  @Operation(
      summary = "Cancel a session (course owner, HR)",
      description =
          "Only before it starts (409 after). Every booking ends; the people booked or waiting"
              + " are notified. Audited. 204.")
  public Response cancel(@PathParam("id") long id) {
    sessions.cancel(id);
    return Response.noContent().build();
  }

  @POST
  @Path("bookings")
  @Operation(
      summary = "Sign up",
      description =
          "A place while the session has one (status BOOKED, notified), otherwise the waiting list"
              + " (WAITLISTED, with waitlistPosition). Enrols the caller on the course if needed"
              + " (403 when the course is not open to self-enrolment). 201 for a new booking, 200"
              + " when the caller was on the session already; 409 when the session started or was"
              + " cancelled, or the caller has a booking on another session of the course.")
  public Response signUp(@PathParam("id") long id) {
    SignUpOutcome outcome = sessions.signUp(id);
    return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(outcome.booking())
        .build();
  }

  @GET
  @Path("bookings")
  @Operation(
      summary = "Who booked (course owner, trainer, HR)",
      description =
          "Places in the order they were given, then the waiting list in its order, then"
              + " cancellations. 403 for others who see the course.")
  public SessionListDto<BookingView> bookings(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    PageRequest page = SessionListDto.page(offset, limit);
    return SessionListDto.of(
        listings.bookings(id, page), listings.countBookings(id), offset, limit);
  }

  @DELETE
  @Path("bookings/me")
  @Operation(
      summary = "Cancel my booking",
      description =
          "Gives up the place or the waiting-list entry before the session starts; a place that"
              + " comes free goes to the first person waiting, who is notified. 204; 404 without"
              + " a booking; 409 once the session started.")
  public Response cancelMine(@PathParam("id") long id) {
    sessions.cancelMyBooking(id);
    return Response.noContent().build();
  }

  @PUT
  @Path("bookings/{username}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Mark attendance (the session's trainer, HR)",
      description =
          "Body {\"attended\": true|false}, once the session has started (409 before). Attending"
              + " completes the course once (a certificate with a verification code; the session's"
              + " length counts as learning time); absent does not, and can still be corrected to"
              + " attended. Audited.")
  public BookingView attendance(
      @PathParam("id") long id, @PathParam("username") String username, AttendanceInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    return attendance.mark(id, username, input.checked());
  }

  @GET
  @Path("invitation.ics")
  @Produces(IcsDocuments.MEDIA_TYPE + ";charset=UTF-8")
  @Operation(
      summary = "The calendar invitation (iCalendar)",
      description =
          "METHOD:REQUEST with the session's start and end in UTC, place, trainer as organizer and"
              + " the course title; METHOD:CANCEL once it is cancelled. Its UID is the same for"
              + " every download, so calendars update the event.")
  public Response invitation(@PathParam("id") long id) {
    return Response.ok(calendar.invitation(id))
        .header("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"")
        .build();
  }
}
