package org.learningcommons.feed.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.feed.CreatedFeedToken;
import org.learningcommons.feed.FeedTokens;

/** The caller's own feed tokens. A feed token does not open this resource: only the feeds. */
@Path("feed-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeedTokensResource {

  @EJB FeedTokens tokens;

  @GET
  @Operation(
      summary = "My feed tokens",
      description = "Newest first, at most 10; never the tokens themselves.")
  public List<FeedTokenDto> mine() {
    return tokens.mine().stream().map(FeedTokenDto::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a feed token",
      description =
          "201 with the token and the announcements feed URL carrying it: the only time the token"
              + " is shown. 409 when a token of that name exists, 400 when the caller holds 10.")
  public Response create(NewFeedTokenInput input, @Context UriInfo uri) {
    if (input == null) {
      throw new BadRequestException();
    }
    CreatedFeedToken created = tokens.create(input.checkedName());
    String feed =
        uri.getBaseUriBuilder()
            .path("feeds/announcements.atom")
            .queryParam("token", created.token())
            .build()
            .toString();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(FeedTokenDto.created(created, feed))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Revoke a feed token",
      description = "204; feeds read with it answer 401 from now on. 404 for another's token.")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}
