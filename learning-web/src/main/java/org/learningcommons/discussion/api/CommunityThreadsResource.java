package org.learningcommons.discussion.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import org.learningcommons.discussion.Discussions;
import org.learningcommons.discussion.NewPost;
import org.learningcommons.discussion.ThreadReading;
import org.learningcommons.shared.PageRequest;

/** A community's threads: the list, and starting a new one. */
@Path("communities/{communityId}/threads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommunityThreadsResource {

  @EJB ThreadReading reading;
  @EJB Discussions discussions;

  @GET
  @Operation(
      summary = "A community's threads",
      description =
          "Pinned threads first, then by latest activity. 404 for an unknown or invisible"
              + " community; 403 for a restricted community the caller is not a member of.")
  public ThreadPageDto threads(
      @PathParam("communityId") long communityId,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page =
        new PageRequest(
            inRange("offset", offset, 0, Integer.MAX_VALUE),
            inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    long total = reading.countThreads(communityId);
    return ThreadPageDto.of(reading.listThreads(communityId, page), total, offset, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a thread (members)",
      description =
          "201 with the thread and its Location. Sending the same requestId again returns the same"
              + " thread (201, same Location) instead of starting a second one.")
  public Response start(
      @PathParam("communityId") long communityId, NewThreadInput input, @Context UriInfo uri) {
    NewPost post = input.checkedPost();
    long id = Idempotent.post(post.requestId(), () -> discussions.startThread(communityId, post));
    return Response.created(
            uri.getBaseUriBuilder().path("threads").path(String.valueOf(id)).build())
        .entity(ThreadDto.of(reading.thread(id, 1, null)))
        .build();
  }
}
