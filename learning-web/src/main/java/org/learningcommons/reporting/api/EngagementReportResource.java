package org.learningcommons.reporting.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.reporting.EngagementDormantCommunities;
import org.learningcommons.reporting.EngagementReport;
import org.learningcommons.reporting.EngagementSummary;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.shared.PageRequest;

/** The engagement report for HR, administrators and managers (their line). */
@Path("reports/engagement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EngagementReportResource {

  @EJB EngagementReport report;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "Engagement",
      description =
          "Active staff in the last 1, 7 and 30 days and distinct active staff per ISO week and"
              + " month of the period, the weekly posts of the five busiest communities, and the"
              + " first rows of each table: active staff per day, threads and replies per"
              + " community per week, dormant communities (no visible post for days=30, 60 or 90)"
              + " and announcement read and acknowledgement rates. Filters: department, manager,"
              + " from, to, role. Managers see their line and only private communities they"
              + " belong to; 403 for staff, 400 for a bad filter.")
  public JsonObject summary(@QueryParam("days") @DefaultValue("30") int days) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    EngagementSummary summary =
        report.summary(LearningActivityJson.filter(uri, today), today, dormantDays(days));
    JsonArrayBuilder communities = Json.createArrayBuilder();
    for (EngagementSummary.CommunitySeries series : summary.topCommunities()) {
      JsonArrayBuilder posts = Json.createArrayBuilder();
      series.posts().forEach(posts::add);
      communities.add(
          Json.createObjectBuilder()
              .add("communityId", series.communityId())
              .add("name", series.name())
              .add("posts", posts));
    }
    JsonArrayBuilder weeks = Json.createArrayBuilder();
    summary.weeks().forEach(week -> weeks.add(week.toString()));
    return Json.createObjectBuilder()
        .add("filter", LearningActivityJson.filter(summary.filter()))
        .add(
            "active",
            Json.createObjectBuilder()
                .add("today", summary.activeToday())
                .add("last7Days", summary.activeLast7Days())
                .add("last30Days", summary.activeLast30Days()))
        .add("activePerWeek", buckets(summary.activePerWeek(), "week"))
        .add("activePerMonth", buckets(summary.activePerMonth(), "month"))
        .add("weeks", weeks)
        .add("topCommunities", communities)
        .add("activeDaily", LearningActivityJson.rows(summary.activeDaily(), 100))
        .add("communityWeeks", LearningActivityJson.rows(summary.communityWeeks(), 10))
        .add("dormant", LearningActivityJson.rows(summary.dormant(), 10))
        .add("announcements", LearningActivityJson.rows(summary.announcements(), 10))
        .build();
  }

  @GET
  @Path("{table}")
  @Operation(
      summary = "A page of an engagement table",
      description =
          "table: active, community-weeks, dormant or announcements (or the same with the prefix"
              + " engagement-, as exports name them). offset (from 0) and limit (1 to 100); the"
              + " summary's filters, and days (30, 60 or 90) for dormant.")
  public JsonObject table(
      @PathParam("table") String table,
      @QueryParam("days") @DefaultValue("30") int days,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    String key = table.startsWith("engagement-") ? table : "engagement-" + table;
    if (!EngagementReport.tables().contains(key)) {
      throw new NotFoundException();
    }
    PageRequest page =
        new PageRequest(
            inRange("offset", offset, 0, Integer.MAX_VALUE),
            inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    ReportFilter filter = LearningActivityJson.filter(uri, LocalDate.now(ZoneOffset.UTC));
    return LearningActivityJson.rows(report.table(key, filter, dormantDays(days), page), limit);
  }

  private static int dormantDays(int days) {
    if (!EngagementDormantCommunities.CHOICES.contains(days)) {
      throw new InvalidParameterException("days", "must be 30, 60 or 90");
    }
    return days;
  }

  private static JsonArrayBuilder buckets(Map<LocalDate, Long> counts, String name) {
    JsonArrayBuilder json = Json.createArrayBuilder();
    counts.forEach(
        (start, active) -> {
          JsonObjectBuilder bucket = Json.createObjectBuilder();
          bucket.add(name, start.toString()).add("active", active);
          json.add(bucket);
        });
    return json;
  }
}
