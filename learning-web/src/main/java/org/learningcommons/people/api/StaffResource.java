package org.learningcommons.people.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.people.ProfileService;
import org.learningcommons.people.StaffSearch;
import org.learningcommons.people.Usernames;
import org.learningcommons.shared.PageRequest;

@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  @EJB ProfileService profiles;

  @GET
  @Operation(
      summary = "Search the staff directory",
      description =
          "Active staff ordered by name. q matches name, user name or job title; department and"
              + " title match exactly. Page with offset/limit (limit at most 100).")
  public StaffPageDto search(
      @QueryParam("q") @Size(max = StaffSearch.MAX_TEXT) String q,
      @QueryParam("department") @Size(max = 255) String department,
      @QueryParam("title") @Size(max = 255) String title,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_LIMIT) int limit) {
    return StaffPageDto.of(
        profiles.searchStaff(new StaffSearch(q, department, title), new PageRequest(offset, limit)),
        limit);
  }

  @GET
  @Path("{username}")
  @Operation(summary = "A person's profile")
  public PersonDto person(
      @PathParam("username") @Size(min = 1, max = Usernames.MAX_LENGTH) String username) {
    return PersonDto.of(profiles.profileOf(username), null);
  }
}
