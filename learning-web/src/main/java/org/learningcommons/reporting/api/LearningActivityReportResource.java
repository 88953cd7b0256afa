package org.learningcommons.reporting.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.reporting.LearningActivityReport;
import org.learningcommons.reporting.LearningActivitySummary;
import org.learningcommons.shared.PageRequest;

/** The learning activity report for HR, administrators and managers (their line). */
@Path("reports/learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LearningActivityReportResource {

  @EJB LearningActivityReport report;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "Learning activity",
      description =
          "Completions per month (count, hours), learning hours by department (completions plus"
              + " verified external learning), most-taken and best-rated courses, external"
              + " learning by verification status and CPD hours against targets in the year of"
              + " the period's end, with the first rows of each table. Filters: department,"
              + " manager, course, from, to (YYYY-MM-DD; default the last 12 months), role."
              + " HR and administrators see everyone, managers their line; 403 for others, 400"
              + " for a bad filter.")
  public JsonObject summary() {
    LearningActivitySummary summary = report.summary(filter());
    JsonArrayBuilder external = Json.createArrayBuilder();
    for (LearningActivitySummary.External e : summary.external()) {
      external.add(
          Json.createObjectBuilder()
              .add("status", e.status())
              .add("entries", e.entries())
              .add("hours", e.hours()));
    }
    LearningActivitySummary.Cpd cpd = summary.cpd();
    return Json.createObjectBuilder()
        .add("filter", LearningActivityJson.filter(summary.filter()))
        .add("completions", summary.completions())
        .add("hours", summary.hours())
        .add("completionsMonthly", LearningActivityJson.rows(summary.completionsMonthly(), 100))
        .add("hoursByDepartment", LearningActivityJson.rows(summary.hoursByDepartment(), 20))
        .add("topCourses", LearningActivityJson.rows(summary.topCourses(), 10))
        .add("bestRated", LearningActivityJson.rows(summary.bestRated(), 10))
        .add("external", external)
        .add(
            "cpd",
            Json.createObjectBuilder()
                .add("year", cpd.year())
                .add("people", cpd.people())
                .add("reached", cpd.reached())
                .add("below", cpd.below())
                .add("belowTarget", LearningActivityJson.rows(cpd.belowTarget(), 10)))
        .build();
  }

  @GET
  @Path("{table}")
  @Operation(
      summary = "A page of a learning activity table",
      description =
          "table: completions-monthly, hours-departments, top-courses, best-rated or"
              + " cpd-below-target (or the same with the prefix learning-, as exports name them)."
              + " offset (from 0) and limit (1 to 100); the summary's filters.")
  public JsonObject table(
      @PathParam("table") String table,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    String key = table.startsWith("learning-") ? table : "learning-" + table;
    if (!LearningActivityReport.tables().contains(key)) {
      throw new NotFoundException();
    }
    PageRequest page =
        new PageRequest(
            inRange("offset", offset, 0, Integer.MAX_VALUE),
            inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    return LearningActivityJson.rows(report.table(key, filter(), page), limit);
  }

  private org.learningcommons.reporting.ReportFilter filter() {
    return LearningActivityJson.filter(uri, LocalDate.now(ZoneOffset.UTC));
  }
}
