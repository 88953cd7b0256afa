package org.learningcommons.learning.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.learning.ClassroomSessions;
import org.learningcommons.learning.SessionListings;
import org.learningcommons.learning.SessionView;
import org.learningcommons.learning.api.SessionInputs.SessionInput;
import org.learningcommons.shared.PageRequest;

/**
 * The classroom sessions of a course. A root resource of its own beside the course resource: the
 * longer literal path wins, so the two never compete for a request.
 */
@Path("courses/{courseId: [0-9]+}/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseSessionsResource {

  @EJB ClassroomSessions sessions;
  @EJB SessionListings listings;

  @GET
  @Operation(
      summary = "The sessions of a course",
      description =
          "Upcoming sessions first (soonest first), then past ones; with places taken, seats left,"
              + " the waiting list's length and the caller's own booking. 404 for a course the"
              + " caller may not see.")
  public SessionListDto<SessionView> list(
      @PathParam("courseId") long courseId,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page = SessionListDto.page(offset, limit);
    return SessionListDto.of(
        listings.sessionsOfCourse(courseId, page),
        listings.countSessionsOfCourse(courseId),
        offset,
        limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Schedule a session (course owner, HR)",
      description =
          "Body {startsAt, endsAt, place, trainer, capacity}; instants in ISO-8601 (UTC). The"
              + " trainer is an active member of staff. 201 with the Location of the session; 400"
              + " for a start in the past or an end before the start; 403 for others who see the"
              + " course; 409 for a retired course.")
  public Response schedule(
      @PathParam("courseId") long courseId, SessionInput input, @Context UriInfo uri) {
    if (input == null) {
      throw new BadRequestException();
    }
    long id = sessions.schedule(courseId, input.checkedDraft());
    return Response.created(
            uri.getBaseUriBuilder().path("sessions").path(String.valueOf(id)).build())
        .entity(listings.session(id))
        .build();
  }
}
