package org.learningcommons.announcement.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.announcement.AnnouncementPublishing;
import org.learningcommons.announcement.AnnouncementReports;
import org.learningcommons.announcement.AudienceRow;
import org.learningcommons.shared.PageRequest;

/**
 * The publishers' side of announcements: their list, editing, history, reminders, taking down and
 * the acknowledgement report. Shares {@code /announcements} with {@link AnnouncementsResource}
 * (Jersey merges root resources of the same path). Only the publisher of an announcement, HR and
 * administrators get past the EJBs; everyone else gets 404.
 */
@Path("announcements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementPublisherResource {

  static final String CSV = "text/csv";

  /** The columns of the CSV export, in order. */
  static final String[] CSV_HEADER = {
    "username", "displayName", "department", "readAt", "acknowledgedAt"
  };

  @EJB AnnouncementPublishing publishing;
  @EJB AnnouncementReports reports;

  @GET
  @Path("published")
  @Operation(
      summary = "Announcements I published",
      description =
          "The caller's announcements (for HR and administrators: everybody's), newest first, with"
              + " phase, audience, audience size and how many read and acknowledged them.")
  public PublishedPageDto published(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page = page(offset, limit);
    long total = publishing.countPublished();
    return PublishedPageDto.of(publishing.published(page), total, offset, limit);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Edit an announcement",
      description =
          "Title, body (sanitised HTML), expireAt, pinned and acknowledgementDueAt of a scheduled"
              + " or showing announcement. When the text of a showing announcement that asks for"
              + " acknowledgement changes, \"acknowledgements\" must be RESET (material change:"
              + " earlier acknowledgements stop counting) or KEEP (a correction); 400 without it."
              + " The previous text is kept as a revision. 400 for an expired announcement.")
  public PublishedAnnouncementDto edit(@PathParam("id") long id, EditAnnouncementInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    return PublishedAnnouncementDto.of(publishing.edit(id, input.checkedEdit()));
  }

  @GET
  @Path("{id}/revisions")
  @Operation(
      summary = "History of an announcement",
      description =
          "The texts before each edit after publication, latest first, with who edited, when,"
              + " and whether the change was material and reset acknowledgements.")
  public RevisionPageDto revisions(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page = page(offset, limit);
    long total = publishing.countRevisions(id);
    return RevisionPageDto.of(publishing.history(id, page), total, offset, limit);
  }

  @POST
  @Path("{id}/reminders")
  @Operation(
      summary = "Remind the audience",
      description =
          "Notifies everyone in the audience whose acknowledgement is missing (for an"
              + " announcement that asks for none: who has not read it). 400 unless it is showing.")
  public ReminderDto remind(@PathParam("id") long id) {
    return new ReminderDto(publishing.remind(id));
  }

  @POST
  @Path("{id}/take-down")
  @Operation(
      summary = "Take an announcement down",
      description =
          "A showing announcement expires now (kept as a record with its receipts); a scheduled"
              + " one is withdrawn before it appears. Idempotent.")
  public PublishedAnnouncementDto takeDown(@PathParam("id") long id) {
    return PublishedAnnouncementDto.of(publishing.takeDown(id));
  }

  @GET
  @Path("{id}/report")
  @Operation(
      summary = "Acknowledgement report",
      description =
          "Audience size, read and acknowledged counts and percentages, per department and in"
              + " total. Only acknowledgements given after the last material change count.")
  public ReportDto report(@PathParam("id") long id) {
    return ReportDto.of(reports.report(id));
  }

  @GET
  @Path("{id}/report/pending")
  @Operation(
      summary = "Who has not acknowledged",
      description =
          "The people of the audience whose acknowledgement is missing (for an announcement that"
              + " asks for none: who has not read it), by department, then name.")
  public PendingPageDto pending(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    PageRequest page = page(offset, limit);
    long total = reports.countPending(id);
    return PendingPageDto.of(reports.pending(id, page), total, offset, limit);
  }

  @GET
  @Path("{id}/report.csv")
  @Produces(CSV)
  @Operation(
      summary = "The audience as CSV",
      description =
          "Every person of the audience with department, when they read it and when their"
              + " standing acknowledgement was given (empty when missing), streamed.")
  public Response reportCsv(@PathParam("id") long id) {
    reports.titleOf(id); // 404 before anything is streamed
    StreamingOutput body =
        out -> {
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          try (CSVPrinter printer =
              CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(writer)) {
            reports.export(id, row -> print(printer, row));
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        };
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"announcement-" + id + ".csv\"")
        .build();
  }

  private static void print(CSVPrinter printer, AudienceRow row) {
    try {
      printer.printRecord(
          row.username(),
          cell(row.displayName()),
          cell(row.department()),
          row.readAt(),
          row.acknowledgedAt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Directory text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
   * {@code @}) is quoted with an apostrophe, as OWASP advises against CSV injection.
   */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
  }

  private static PageRequest page(int offset, int limit) {
    return new PageRequest(
        inRange("offset", offset, 0, Integer.MAX_VALUE),
        inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
  }

  /** How many people were reminded. */
  public record ReminderDto(int reminded) {}
}
