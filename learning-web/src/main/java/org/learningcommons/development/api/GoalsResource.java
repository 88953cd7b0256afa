package org.learningcommons.development.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.development.DevelopmentGoals;
import org.learningcommons.development.api.DevelopmentInputs.GoalCommentInput;
import org.learningcommons.development.api.RecordDtos.GoalCommentDto;
import org.learningcommons.development.api.RecordDtos.GoalDto;

/** Anyone's goal, for those who may read the owner's record, and managers' comments on it. */
@Path("goals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GoalsResource {

  @EJB DevelopmentGoals goals;

  @GET
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "A goal with its comments",
      description = "404 for those who may not read it.")
  public GoalDto goal(@PathParam("id") long id) {
    return GoalDto.of(goals.goal(id));
  }

  @POST
  @Path("{id: [0-9]+}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Comment on a goal",
      description =
          "body: plain text, at most 2000 characters. Managers above the owner, HR and"
              + " administrators (403 for the owner; 404 for those who may not read it). The owner"
              + " is notified (GOAL_COMMENT). 201 with the comment.")
  public Response comment(@PathParam("id") long id, GoalCommentInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    GoalCommentDto comment = GoalCommentDto.of(goals.comment(id, input.checked()));
    return Response.status(Response.Status.CREATED).entity(comment).build();
  }
}
