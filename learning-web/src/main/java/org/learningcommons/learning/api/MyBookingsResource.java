package org.learningcommons.learning.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.learning.MyBookingView;
import org.learningcommons.learning.SessionListings;
import org.learningcommons.shared.PageRequest;

/** The caller's session bookings. */
@Path("me/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyBookingsResource {

  @EJB SessionListings listings;

  @GET
  @Operation(
      summary = "My session bookings",
      description =
          "Places, waiting-list entries (with position) and past attendance; not cancelled ones."
              + " Upcoming sessions first.")
  public SessionListDto<MyBookingView> mine(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page = SessionListDto.page(offset, limit);
    return SessionListDto.of(listings.myBookings(page), listings.countMyBookings(), offset, limit);
  }
}
