package org.learningcommons.people.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.atMost;
import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
      @QueryParam("q") String q,
      @QueryParam("department") String department,
      @QueryParam("title") String title,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    StaffSearch criteria =
        new StaffSearch(
            atMost("q", q, StaffSearch.MAX_TEXT),
            atMost("department", department, 255),
            atMost("title", title, 255));
    PageRequest page =
        new PageRequest(
            inRange("offset", offset, 0, Integer.MAX_VALUE),
            inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    return StaffPageDto.of(profiles.searchStaff(criteria, page), limit);
  }

  @GET
  @Path("{username}")
  @Operation(summary = "A person's profile")
  public PersonDto person(@PathParam("username") String username) {
    return PersonDto.of(
        profiles.profileOf(atMost("username", username, Usernames.MAX_LENGTH)), null);
  }
}
