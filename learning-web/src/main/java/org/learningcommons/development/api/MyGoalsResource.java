package org.learningcommons.development.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.development.DevelopmentGoals;
import org.learningcommons.development.DevelopmentRecord;
import org.learningcommons.development.Views.GoalView;
import org.learningcommons.development.api.DevelopmentInputs.GoalInput;
import org.learningcommons.development.api.DevelopmentInputs.GoalStatusInput;
import org.learningcommons.development.api.RecordDtos.GoalDto;

/** The caller's development goals. */
@Path("me/goals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyGoalsResource {

  @EJB DevelopmentGoals goals;
  @EJB DevelopmentRecord record;

  @GET
  @Operation(
      summary = "My goals",
      description = "Open and in-progress goals first (soonest target first), with comments.")
  public PageDto<GoalDto> mine(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return PageDto.of(record.goals(null, Paging.page(offset, limit)), limit, GoalDto::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a goal",
      description =
          "title (at most 200), description (plain text, at most 4000), targetDate (ISO date, not"
              + " in the past; optional). The goal starts OPEN. 201 with its Location.")
  public Response add(GoalInput input, @Context UriInfo uri) {
    if (input == null) {
      throw new BadRequestException();
    }
    GoalView goal = goals.add(input.checked());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(goal.id())).build())
        .entity(GoalDto.of(goal))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One of my goals")
  public GoalDto goal(@PathParam("id") long id) {
    return GoalDto.of(goals.goal(id));
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change my goal",
      description =
          "While OPEN or IN_PROGRESS (400 otherwise). A target date that has passed may stay; a"
              + " new one is not in the past. Owner only (403 for managers).")
  public GoalDto revise(@PathParam("id") long id, GoalInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    return GoalDto.of(goals.revise(id, input.checked()));
  }

  @PUT
  @Path("{id: [0-9]+}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move my goal",
      description =
          "status OPEN, IN_PROGRESS, ACHIEVED or DROPPED. OPEN and IN_PROGRESS move to any other;"
              + " ACHIEVED reopens as IN_PROGRESS, DROPPED as OPEN; 400 for other moves.")
  public GoalDto move(@PathParam("id") long id, GoalStatusInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    return GoalDto.of(goals.moveTo(id, input.checked()));
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(summary = "Delete my goal", description = "With its comments. 204.")
  public Response delete(@PathParam("id") long id) {
    goals.delete(id);
    return Response.noContent().build();
  }
}
