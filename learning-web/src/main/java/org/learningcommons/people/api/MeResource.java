package org.learningcommons.people.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.people.ProfileService;
import org.learningcommons.people.Role;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @EJB ProfileService profiles;

  @GET
  @Operation(summary = "The signed-in person's profile and application roles")
  public PersonDto me(@Context SecurityContext security) {
    Set<String> roles =
        Arrays.stream(Role.values())
            .map(Role::name)
            .filter(security::isUserInRole)
            .collect(Collectors.toCollection(TreeSet::new));
    return PersonDto.of(profiles.myProfile(), roles);
  }
}
