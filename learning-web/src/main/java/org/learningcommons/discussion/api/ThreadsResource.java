package org.learningcommons.discussion.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.discussion.Discussions;
import org.learningcommons.discussion.NewPost;
import org.learningcommons.discussion.PostView;
import org.learningcommons.discussion.ThreadReading;
import org.learningcommons.discussion.ThreadView;
import org.learningcommons.infrastructure.rest.InvalidParameterException;

/** A thread: its opening post, its replies, replying, and locking for moderators. */
@Path("threads/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadsResource {

  @EJB ThreadReading reading;
  @EJB Discussions discussions;

  @GET
  @Operation(
      summary = "A thread and its opening post",
      description = "404 for an unknown thread and for one in a community the caller may not read.")
  public ThreadDto thread(@PathParam("id") long id) {
    return ThreadDto.of(reading.thread(id, 1, null));
  }

  @GET
  @Path("replies")
  @Operation(
      summary = "One page of a thread's replies",
      description =
          "50 top-level replies a page, oldest first, each with its nested replies. post=ID"
              + " returns the page that holds that post. A page past the last returns the last.")
  public ReplyPageDto replies(
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("post") Long post) {
    InvalidParameterException.inRange("page", page, 1, Integer.MAX_VALUE);
    return ReplyPageDto.of(reading.thread(id, page, post));
  }

  @POST
  @Path("replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reply (members)",
      description =
          "201 with the reply; its Location is the replies page that holds it. Sending the same"
              + " requestId again returns the same reply. 403 when the thread is locked.")
  public Response reply(@PathParam("id") long id, NewReplyInput input, @Context UriInfo uri) {
    NewPost post = input.checkedPost();
    long postId =
        Idempotent.post(post.requestId(), () -> discussions.reply(id, input.inReplyTo(), post));
    ThreadView page = reading.thread(id, 1, postId);
    PostView reply =
        page.replies().stream()
            .flatMap(r -> Stream.concat(Stream.of(r), r.replies().stream()))
            .filter(p -> p.id() == postId)
            .findFirst()
            .orElseThrow();
    return Response.created(uri.getAbsolutePathBuilder().queryParam("post", postId).build())
        .entity(PostDto.of(reply))
        .build();
  }

  @POST
  @Path("lock")
  @Operation(summary = "Lock the thread: no more replies (moderators)", description = "204.")
  public Response lock(@PathParam("id") long id) {
    discussions.lockThread(id, true, null);
    return Response.noContent().build();
  }

  @DELETE
  @Path("lock")
  @Operation(summary = "Unlock the thread (moderators)", description = "204.")
  public Response unlock(@PathParam("id") long id) {
    discussions.lockThread(id, false, null);
    return Response.noContent().build();
  }
}
