package org.learningcommons.reporting.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.reporting.ExportFormat;
import org.learningcommons.reporting.ReportExports;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.reporting.web.ReportTexts;

/** Report tables as files: which ones the caller may export, and each one as CSV, XLSX or PDF. */
@Path("reports/tables")
@RequestScoped
public class ReportTablesResource {

  /** A table in the chooser: its key (for the file URL) and its title in the caller's language. */
  public record TableDto(String key, String report, String title) {}

  @EJB ReportExports exports;

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The report tables the caller may export (MANAGER, HR, ADMIN)",
      description = "Key and title of each table; plain staff get 403.")
  public List<TableDto> tables() {
    ReportTexts texts = ReportTexts.of(headers.getAcceptableLanguages());
    return exports.tables().stream()
        .map(t -> new TableDto(t.key(), t.report(), texts.table(t.key())))
        .toList();
  }

  @GET
  @Path("{key: [A-Za-z0-9_-]+}.{format: csv|xlsx|pdf}")
  @Produces({
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/pdf",
    "application/problem+json",
    MediaType.APPLICATION_JSON
  })
  @Operation(
      summary = "One report table as a file, streamed",
      description =
          "Filters as query parameters (department, manager, course, from, to, role), as on the"
              + " report pages. The rows are those of the caller's scope. A bad filter is 400, an"
              + " unknown table 404, plain staff 403, all before the file starts.")
  public Response file(@PathParam("key") String key, @PathParam("format") String extension) {
    ExportFormat format = ExportFormat.ofExtension(extension).orElseThrow(NotFoundException::new);
    ReportTexts texts = ReportTexts.of(headers.getAcceptableLanguages());
    ReportFilter filter = ReportFilter.parse(parameters(), LocalDate.now(texts.zone()));
    // Checks and counts before the response starts, so that refusals are still problem documents.
    exports.plan(key, filter);
    StreamingOutput body = out -> exports.export(key, filter, format, texts, out, null);
    return Response.ok(body, format.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + fileName(key, format, LocalDate.now(texts.zone())) + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** {@code compliance-overdue-2025-06-30.xlsx}: the table and the day, safe in a header. */
  public static String fileName(String key, ExportFormat format, LocalDate day) {
    return key.replaceAll("[^A-Za-z0-9_-]", "") + "-" + day + "." + format.extension();
  }

  private Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    uri.getQueryParameters()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                parameters.put(name, values.get(0));
              }
            });
    return parameters;
  }
}
