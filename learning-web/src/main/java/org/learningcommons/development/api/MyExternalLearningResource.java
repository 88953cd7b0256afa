package org.learningcommons.development.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.development.DevelopmentRecord;
import org.learningcommons.development.ExternalLearningEntries;
import org.learningcommons.development.Views.ExternalLearningView;
import org.learningcommons.development.api.DevelopmentInputs.ExternalLearningInput;
import org.learningcommons.development.api.RecordDtos.ExternalLearningDto;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.infrastructure.rest.InvalidInputException;

/** The caller's external learning: add, change, delete, evidence, asking for verification. */
@Path("me/external-learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyExternalLearningResource {

  private static final int MAX_FILE_NAME = 255;

  @EJB ExternalLearningEntries entries;
  @EJB DevelopmentRecord record;
  @Inject AttachmentSettings attachmentSettings;

  @GET
  @Operation(
      summary = "My external learning",
      description = "The caller's entries, newest first (completedOn), paged.")
  public PageDto<ExternalLearningDto> mine(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return PageDto.of(
        record.externalLearning(null, Paging.page(offset, limit)), limit, ExternalLearningDto::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add external learning",
      description =
          "title and provider (at most 200 characters), completedOn (ISO date, not in the future),"
              + " hours (more than 0, at most 1000; kept to the minute). verify=true asks the"
              + " caller's direct manager to verify it (EXTERNAL_LEARNING_TO_VERIFY); 400 when the"
              + " directory names no manager. 201 with the entry and its Location.")
  public Response add(ExternalLearningInput input, @Context UriInfo uri) {
    if (input == null) {
      throw new BadRequestException();
    }
    ExternalLearningView added = entries.add(input.checked(), input.verifyRequested());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
        .entity(ExternalLearningDto.of(added))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One of my external learning entries")
  public ExternalLearningDto entry(@PathParam("id") long id) {
    return ExternalLearningDto.of(entries.entry(id));
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change my external learning",
      description =
          "Same fields as adding (verify is ignored). Only the owner, only until it is verified"
              + " (403 after). A pending or declined verification lapses: ask again.")
  public ExternalLearningDto revise(@PathParam("id") long id, ExternalLearningInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    return ExternalLearningDto.of(entries.revise(id, input.checked()));
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "Delete my external learning",
      description = "With its evidence file. Only the owner, only until it is verified. 204.")
  public Response delete(@PathParam("id") long id) {
    entries.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/evidence")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(
      summary = "Upload evidence",
      description =
          "The body is the file's bytes, fileName the query parameter. Images (PNG, JPEG, GIF,"
              + " WebP) and documents (PDF, text, CSV, Office, OpenDocument), recognised by their"
              + " content; 400 for any other type (SVG and HTML included) or an empty file, 413"
              + " above ATTACHMENT_MAX_BYTES. Replaces earlier evidence. Owner only, until verified.")
  public ExternalLearningDto uploadEvidence(
      @PathParam("id") long id,
      @QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
      InputStream body)
      throws IOException {
    InvalidInputException.check().required("fileName", fileName, MAX_FILE_NAME).done();
    byte[] content = FileResponses.read(body, length, attachmentSettings.maxBytes());
    return ExternalLearningDto.of(entries.attachEvidence(id, fileName, content));
  }

  @GET
  @Path("{id: [0-9]+}/evidence")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download my evidence")
  public Response evidence(@PathParam("id") long id) {
    return FileResponses.download(entries.evidence(id));
  }

  @POST
  @Path("{id: [0-9]+}/verification-request")
  @Operation(
      summary = "Ask my manager to verify",
      description =
          "Notifies the caller's direct manager (EXTERNAL_LEARNING_TO_VERIFY); again after a"
              + " decline. 400 without a manager in the directory, 403 once verified.")
  public ExternalLearningDto requestVerification(@PathParam("id") long id) {
    return ExternalLearningDto.of(entries.requestVerification(id));
  }
}
