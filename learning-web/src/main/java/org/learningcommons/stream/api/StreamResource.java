package org.learningcommons.stream.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.stream.HomeStream;
import org.learningcommons.stream.StreamPage;

@Path("stream")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StreamResource {

  @EJB HomeStream stream;

  @GET
  @Operation(
      summary = "The caller's home stream",
      description =
          "New threads, replies and accepted answers from the caller's communities and from"
              + " followed colleagues in open communities, newest first. Page with the answer's"
              + " nextBefore (or its next link); limit is 1 to 50.")
  public StreamPageDto stream(
      @QueryParam("before") Long before,
      @QueryParam("limit") @DefaultValue("20") int limit,
      @Context UriInfo uri) {
    if (before != null && before < 1) {
      throw new InvalidParameterException("before", "must be 1 or more");
    }
    StreamPage page = stream.stream(before, inRange("limit", limit, 1, HomeStream.MAX_LIMIT));
    return StreamPageDto.of(
        page,
        page.nextBefore() == null
            ? null
            : uri.getAbsolutePathBuilder()
                .queryParam("before", page.nextBefore())
                .queryParam("limit", limit)
                .build());
  }
}
