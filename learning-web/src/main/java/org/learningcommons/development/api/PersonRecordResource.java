package org.learningcommons.development.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.atMost;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.development.DevelopmentRecord;
import org.learningcommons.development.RecordExport;
import org.learningcommons.people.Usernames;

/**
 * A person's record of development, for the person, everyone above them in the reporting line, HR
 * and administrators; 404 for everybody else, exactly as for a person who does not exist.
 */
@Path("people/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonRecordResource {

  @EJB DevelopmentRecord record;
  @EJB RecordExport export;

  @GET
  @Path("record")
  @Operation(
      summary = "A person's record of development",
      description =
          "For the person, managers above them, HR and administrators (404 otherwise)."
              + RecordSections.DESCRIPTION)
  public RecordDtos.RecordDto record(
      @PathParam("username") String username,
      @QueryParam("year") Integer year,
      @QueryParam("completedOffset") @DefaultValue("0") int completedOffset,
      @QueryParam("completedLimit") @DefaultValue("20") int completedLimit,
      @QueryParam("externalOffset") @DefaultValue("0") int externalOffset,
      @QueryParam("externalLimit") @DefaultValue("20") int externalLimit,
      @QueryParam("goalsOffset") @DefaultValue("0") int goalsOffset,
      @QueryParam("goalsLimit") @DefaultValue("20") int goalsLimit) {
    return RecordSections.read(
        record,
        atMost("username", username, Usernames.MAX_LENGTH),
        year,
        completedOffset,
        completedLimit,
        externalOffset,
        externalLimit,
        goalsOffset,
        goalsLimit);
  }

  @PUT
  @Path("cpd-target")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a person's CPD target (HR)",
      description =
          "{\"hours\": 30} sets the person's yearly CPD target (0 to 2000); {\"hours\": null}"
              + " returns them to CPD_TARGET_HOURS. HR and administrators (403 otherwise). Answers"
              + " this year's CPD with the target.")
  public RecordDtos.CpdDto cpdTarget(
      @PathParam("username") String username, DevelopmentInputs.CpdTargetInput input) {
    return RecordDtos.CpdDto.of(
        record.setCpdTarget(
            atMost("username", username, Usernames.MAX_LENGTH),
            input == null ? null : input.hours()));
  }

  @GET
  @Path("record.pdf")
  @Produces({"application/pdf", "application/json"})
  @Operation(
      summary = "A person's record as PDF",
      description =
          "The same readers as the record (404 otherwise). Exporting another person's record is"
              + " audited (RECORD_EXPORTED).")
  public Response pdf(@PathParam("username") String username) {
    return RecordSections.pdf(export, atMost("username", username, Usernames.MAX_LENGTH));
  }
}
