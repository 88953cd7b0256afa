package org.learningcommons.development.api;

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

/** The caller's own record of development. */
@Path("me/record")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyRecordResource {

  @EJB DevelopmentRecord record;

  @GET
  @Operation(
      summary = "My record of development",
      description = "The caller's record." + RecordSections.DESCRIPTION)
  public RecordDtos.RecordDto mine(
      @QueryParam("year") Integer year,
      @QueryParam("completedOffset") @DefaultValue("0") int completedOffset,
      @QueryParam("completedLimit") @DefaultValue("20") int completedLimit,
      @QueryParam("externalOffset") @DefaultValue("0") int externalOffset,
      @QueryParam("externalLimit") @DefaultValue("20") int externalLimit,
      @QueryParam("goalsOffset") @DefaultValue("0") int goalsOffset,
      @QueryParam("goalsLimit") @DefaultValue("20") int goalsLimit) {
    return RecordSections.read(
        record,
        null,
        year,
        completedOffset,
        completedLimit,
        externalOffset,
        externalLimit,
        goalsOffset,
        goalsLimit);
  }
}
