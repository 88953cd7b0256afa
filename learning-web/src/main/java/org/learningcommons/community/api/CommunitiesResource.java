package org.learningcommons.community.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.atMost;
import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.learningcommons.community.Communities;
import org.learningcommons.community.Community;
import org.learningcommons.community.CommunitySearch;
import org.learningcommons.community.CommunitySort;
import org.learningcommons.community.MemberView;
import org.learningcommons.community.MembershipStatus;
import org.learningcommons.community.Memberships;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.people.Usernames;
import org.learningcommons.shared.PageRequest;

@Path("communities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommunitiesResource {

  @EJB Communities communities;
  @EJB Memberships memberships;

  @GET
  @Operation(
      summary = "Find communities",
      description =
          "The communities the caller may see: private ones only for their members. q matches name,"
              + " description or a tag; category and tag match exactly; mine=true lists only the"
              + " caller's communities. sort is activity (default), members or name.")
  public CommunityPageDto search(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("tag") String tag,
      @QueryParam("sort") @DefaultValue("activity") String sort,
      @QueryParam("mine") @DefaultValue("false") boolean mine,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    CommunitySearch search =
        new CommunitySearch(
            atMost("q", q, 200),
            atMost("category", category, Community.MAX_CATEGORY),
            atMost("tag", tag, Community.MAX_TAG),
            mine,
            sortOf(sort));
    PageRequest page =
        new PageRequest(
            inRange("offset", offset, 0, Integer.MAX_VALUE),
            inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    long total = communities.countCommunities(search);
    return CommunityPageDto.of(communities.listCommunities(search, page), total, offset, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a community",
      description =
          "The caller becomes its owner. 201 with the community and its Location; 409 when the name"
              + " is taken (ignoring case).")
  public Response create(NewCommunityInput input, @Context UriInfo uri) {
    long id = communities.createCommunity(input.checkedDraft());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(CommunityDto.of(communities.community(id)))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A community",
      description = "404 for an unknown community and for a private one the caller is not in.")
  public CommunityDto community(@PathParam("id") long id) {
    return CommunityDto.of(communities.community(id));
  }

  @POST
  @Path("{id}/membership")
  @Operation(
      summary = "Join a community",
      description =
          "Joins an open community (ACTIVE), asks to join a restricted one (REQUESTED) or accepts an"
              + " invitation. Joining again changes nothing. 403 for a private community without"
              + " an invitation and for archived communities.")
  public MembershipDto join(@PathParam("id") long id) {
    return new MembershipDto(id, memberships.joinCommunity(id).name());
  }

  @DELETE
  @Path("{id}/membership")
  @Operation(
      summary = "Leave a community",
      description =
          "Also withdraws a request or declines an invitation. 204; 403 for the owner, who hands"
              + " the community over first.")
  public Response leave(@PathParam("id") long id) {
    memberships.leaveCommunity(id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/requests")
  @Operation(summary = "Pending requests to join (moderators)")
  public List<MemberDto> requests(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    PageRequest page =
        new PageRequest(
            inRange("offset", offset, 0, Integer.MAX_VALUE),
            inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    return memberships.listMembers(id, MembershipStatus.REQUESTED, page).stream()
        .map(MemberDto::of)
        .toList();
  }

  @POST
  @Path("{id}/requests/{username}")
  @Operation(
      summary = "Approve a request to join (moderators)",
      description = "204; 404 when the person has no pending request.")
  public Response approve(
      @PathParam("id") long id,
      @Parameter(description = "Who asked to join") @PathParam("username") String username) {
    memberships.decideRequest(id, atMost("username", username, Usernames.MAX_LENGTH), true);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/requests/{username}")
  @Operation(
      summary = "Decline a request to join (moderators)",
      description = "204; 404 when the person has no pending request.")
  public Response decline(@PathParam("id") long id, @PathParam("username") String username) {
    memberships.decideRequest(id, atMost("username", username, Usernames.MAX_LENGTH), false);
    return Response.noContent().build();
  }

  private static CommunitySort sortOf(String sort) {
    try {
      return CommunitySort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("sort", "must be activity, members or name");
    }
  }

  /** A person waiting for a decision. */
  public record MemberDto(String username, String displayName, String department, Instant since) {
    static MemberDto of(MemberView m) {
      return new MemberDto(m.username(), m.displayName(), m.department(), m.since());
    }
  }
}
