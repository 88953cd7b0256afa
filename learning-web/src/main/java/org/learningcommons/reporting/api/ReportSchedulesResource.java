package org.learningcommons.reporting.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.infrastructure.rest.InvalidInputException;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.reporting.DeliveryFrequency;
import org.learningcommons.reporting.ExportFormat;
import org.learningcommons.reporting.ReportDeliveries;
import org.learningcommons.reporting.ReportSchedules;
import org.learningcommons.reporting.ReportSchedules.Schedule;
import org.learningcommons.reporting.ReportSchedules.ScheduleInput;
import org.learningcommons.reporting.web.ReportTexts;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/** Scheduled delivery of report tables by mail, and "deliver due schedules now". */
@Path("reports/schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportSchedulesResource {

  /** The body of POST and PUT; format CSV/XLSX/PDF, frequency WEEKLY/MONTHLY. */
  public record ScheduleBody(
      String name,
      String table,
      String query,
      String format,
      String frequency,
      List<String> recipients) {}

  public record SchedulePage(List<Schedule> items, long total, int offset, int limit) {}

  @EJB ReportSchedules schedules;
  @EJB ReportDeliveries deliveries;

  @GET
  @Operation(summary = "My report schedules (MANAGER, HR, ADMIN)", description = "Paged.")
  public SchedulePage list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page =
        new PageRequest(
            InvalidParameterException.inRange("offset", offset, 0, Integer.MAX_VALUE),
            InvalidParameterException.inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    Page<Schedule> found = schedules.list(page);
    return new SchedulePage(found.items(), found.total(), found.offset(), limit);
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One of my schedules", description = "Somebody else's is 404.")
  public Schedule get(@PathParam("id") long id) {
    return schedules.get(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Schedule a report table by mail",
      description =
          "name, table (a key from GET /reports/tables), query (filter as a query string; checked"
              + " against the caller's scope), format, frequency, recipients (user names: a"
              + " manager may name people in their line and themselves, HR and administrators"
              + " anyone active). Each recipient later receives the table computed with their own"
              + " scope. The first delivery goes at the next run.")
  public Response create(ScheduleBody body, @Context UriInfo uri) {
    Schedule saved = schedules.create(input(body));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(saved.id())).build())
        .entity(saved)
        .build();
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change one of my schedules", description = "As POST.")
  public Schedule update(@PathParam("id") long id, ScheduleBody body) {
    return schedules.update(id, input(body));
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(summary = "Delete one of my schedules", description = "Audited.")
  public void delete(@PathParam("id") long id) {
    schedules.delete(id);
  }

  @POST
  @Path("run")
  @Operation(
      summary = "Deliver the due schedules now (HR, ADMIN)",
      description =
          "What the timer does every REPORT_SCHEDULE_INTERVAL. A period is delivered once:"
              + " running it again sends only what has become due since.")
  public ReportDeliveries.DeliveryRun run() {
    return deliveries.runNow(ReportTexts.of(Locale.ENGLISH));
  }

  private static ScheduleInput input(ScheduleBody body) {
    if (body == null) {
      throw new InvalidParameterException("body", "must be a JSON object");
    }
    InvalidInputException.check()
        .required("name", body.name(), ReportSchedules.MAX_NAME)
        .required("table", body.table(), 64)
        .optional("query", body.query(), 2000)
        .required("format", body.format(), 8)
        .required("frequency", body.frequency(), 16)
        .items("recipients", body.recipients(), ReportSchedules.MAX_RECIPIENTS)
        .done();
    return new ScheduleInput(
        body.name(),
        body.table(),
        body.query(),
        body.format() == null
            ? null
            : ExportFormat.ofExtension(body.format())
                .orElseThrow(
                    () -> new InvalidParameterException("format", "must be CSV, XLSX or PDF")),
        body.frequency() == null ? null : frequency(body.frequency()),
        body.recipients());
  }

  private static DeliveryFrequency frequency(String text) {
    try {
      return DeliveryFrequency.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("frequency", "must be WEEKLY or MONTHLY");
    }
  }
}
