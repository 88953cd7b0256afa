package org.learningcommons.development.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.development.ExternalLearningEntries;
import org.learningcommons.development.api.DevelopmentInputs.VerificationInput;
import org.learningcommons.development.api.RecordDtos.ExternalLearningDto;

/**
 * Anyone's external learning entry, for those who may read the owner's record (404 otherwise), and
 * its verification by a manager above the owner or HR.
 */
@Path("external-learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExternalLearningResource {

  @EJB ExternalLearningEntries entries;

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "An external learning entry")
  public ExternalLearningDto entry(@PathParam("id") long id) {
    return ExternalLearningDto.of(entries.entry(id));
  }

  @GET
  @Path("{id: [0-9]+}/evidence")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download the evidence",
      description = "For those who may read the owner's record; 404 otherwise or without one.")
  public Response evidence(@PathParam("id") long id) {
    return FileResponses.download(entries.evidence(id));
  }

  @POST
  @Path("{id: [0-9]+}/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Verify or decline external learning",
      description =
          "decision VERIFIED or DECLINED (a comment saying why is required), by a manager above"
              + " the owner, HR or an administrator (403 for the owner and other readers, 404 for"
              + " everybody else); 400 unless verification was requested. The owner is notified"
              + " (EXTERNAL_LEARNING_VERIFIED); audited.")
  public ExternalLearningDto review(@PathParam("id") long id, VerificationInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    boolean verified = input.verified();
    return ExternalLearningDto.of(entries.review(id, verified, input.comment()));
  }
}
