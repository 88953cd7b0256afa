package org.learningcommons.development.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.atMost;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.development.DevelopmentRecord;
import org.learningcommons.development.api.RecordDtos.TeamMemberDto;

/** The people whose records the caller reads. */
@Path("me/team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyTeamResource {

  @EJB DevelopmentRecord record;

  @GET
  @Operation(
      summary = "People whose records I read",
      description =
          "Managers: everyone below them in the reporting line, at any depth; HR and"
              + " administrators: all active staff. q filters by name, user name or department."
              + " Each with this year's CPD hours and how many external learning entries await"
              + " verification. By name, paged.")
  public PageDto<TeamMemberDto> team(
      @QueryParam("q") String q,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return PageDto.of(
        record.team(atMost("q", q, 200), Paging.page(offset, limit)), limit, TeamMemberDto::of);
  }
}
