package org.learningcommons.announcement.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.announcement.AnnouncementAttachments;
import org.learningcommons.announcement.AnnouncementFilter;
import org.learningcommons.announcement.AnnouncementView;
import org.learningcommons.announcement.Announcements;
import org.learningcommons.announcement.Priority;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.discussion.AttachmentView;
import org.learningcommons.infrastructure.rest.BodyTooLargeException;
import org.learningcommons.infrastructure.rest.InvalidInputException;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.shared.PageRequest;

@Path("announcements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementsResource {

  private static final int MAX_FILE_NAME = 255;

  @EJB Announcements announcements;
  @EJB AnnouncementAttachments attachments;
  @Inject AttachmentSettings attachmentSettings;

  @GET
  @Operation(
      summary = "My announcements",
      description =
          "The announcements showing now whose audience includes the caller: critical first, then"
              + " pinned, then newest. Each says whether the caller read and acknowledged it."
              + " Filters combine: unread=true (not opened yet), priority=NORMAL|IMPORTANT|CRITICAL,"
              + " pending=true (asks for the caller's acknowledgement, which does not stand).")
  public AnnouncementPageDto mine(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit,
      @QueryParam("unread") @DefaultValue("false") boolean unread,
      @QueryParam("priority") String priority,
      @QueryParam("pending") @DefaultValue("false") boolean pending) {
    PageRequest page =
        new PageRequest(
            inRange("offset", offset, 0, Integer.MAX_VALUE),
            inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    AnnouncementFilter filter = new AnnouncementFilter(unread, priority(priority), pending);
    long total = announcements.countMine(filter);
    return AnnouncementPageDto.of(announcements.mine(filter, page), total, offset, limit);
  }

  @GET
  @Path("banner")
  @Operation(
      summary = "Critical announcements awaiting me",
      description =
          "What the home page's banner shows: critical announcements showing now for the caller"
              + " whose acknowledgement does not stand (or, when none is asked, not read yet),"
              + " newest first, at most five.")
  public List<AnnouncementDto> banner() {
    return announcements.awaitingMe().stream().map(AnnouncementDto::of).toList();
  }

  private static Priority priority(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (Priority candidate : Priority.values()) {
      if (candidate.name().equalsIgnoreCase(value.strip())) {
        return candidate;
      }
    }
    throw new InvalidParameterException("priority", "must be one of NORMAL, IMPORTANT, CRITICAL");
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read an announcement",
      description =
          "Records that the caller read it. 404 alike for an unknown announcement, one for another"
              + " audience and one that is scheduled or expired.")
  public AnnouncementDto open(@PathParam("id") long id) {
    AnnouncementView announcement = announcements.open(id);
    return AnnouncementDto.of(announcement, attachments.of(id));
  }

  @POST
  @Path("attachments")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(
      summary = "Upload a file for an announcement",
      description =
          "The body is the file's bytes. For people who may publish (403 otherwise). Images (PNG,"
              + " JPEG, GIF, WebP) and documents (PDF, text, CSV, Office, OpenDocument), recognised"
              + " by their content; 400 for any other type or an empty file, 413 above"
              + " ATTACHMENT_MAX_BYTES (10 MiB by default). 201 with the file; publishing links it"
              + " through attachmentIds. Until then only the uploader can download it.")
  public Response upload(
      @QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
      InputStream body)
      throws IOException {
    InvalidInputException.check().required("fileName", fileName, MAX_FILE_NAME).done();
    long max = attachmentSettings.maxBytes();
    if (length > max) {
      throw new BodyTooLargeException(max);
    }
    byte[] content = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    if (content.length > max) {
      throw new BodyTooLargeException(max);
    }
    AttachmentView file = attachments.upload(fileName, content);
    return Response.status(Response.Status.CREATED)
        .entity(new UploadedDto(file.id(), file.fileName(), file.contentType(), file.sizeBytes()))
        .build();
  }

  /** An uploaded file, not yet linked to an announcement. */
  public record UploadedDto(long id, String fileName, String contentType, long sizeBytes) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Publish an announcement",
      description =
          "HR and administrators address anyone, community moderators only their communities"
              + " (403 otherwise). The body is sanitised HTML. 201 with the Location; 400 when the"
              + " audience reaches nobody or attachmentIds names a file that is not the caller's"
              + " upload or already belongs to an announcement. Unless quiet, the audience is notified when the"
              + " announcement appears now (not yet for scheduled ones).")
  public Response publish(NewAnnouncementInput input, @Context UriInfo uri) {
    if (input == null) {
      throw new BadRequestException();
    }
    long id = announcements.publish(input.checkedDraft());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(new PublishedDto(id))
        .build();
  }

  @POST
  @Path("{id}/acknowledgement")
  @Operation(
      summary = "Acknowledge an announcement",
      description =
          "200 with the announcement. 409 when the caller's acknowledgement stands already or the"
              + " announcement has expired; 400 when it asks for no acknowledgement; 404 as for"
              + " reading.")
  public AnnouncementDto acknowledge(@PathParam("id") long id) {
    return AnnouncementDto.of(announcements.acknowledge(id));
  }

  /** The new announcement's id; publishers read it back through their own list (later slice). */
  public record PublishedDto(long id) {}
}
