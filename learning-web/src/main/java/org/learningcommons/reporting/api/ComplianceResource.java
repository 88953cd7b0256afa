package org.learningcommons.reporting.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.reporting.ComplianceCourse;
import org.learningcommons.reporting.ComplianceDashboard;
import org.learningcommons.reporting.ComplianceDepartment;
import org.learningcommons.reporting.ComplianceExpiring;
import org.learningcommons.reporting.ComplianceOverdue;
import org.learningcommons.reporting.CompliancePerson;
import org.learningcommons.reporting.ComplianceReports;
import org.learningcommons.reporting.ComplianceRequirement;
import org.learningcommons.reporting.ComplianceSnapshotRun;
import org.learningcommons.reporting.ComplianceSnapshots;
import org.learningcommons.reporting.ComplianceTeam;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.shared.PageRequest;

/**
 * The compliance report for HR, administrators (everyone) and managers (their reporting line).
 * Every request takes the report filters as query parameters: department, manager, course, from,
 * to, role.
 */
@Path("reports/compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

  @EJB ComplianceReports reports;
  @EJB ComplianceSnapshots snapshots;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "The compliance dashboard",
      description =
          "Totals (required, compliant, overdue, expired, expiring within 30/60/90 days,"
              + " percent), every department and course in scope, and the monthly trend of the"
              + " period (stored snapshots, the current month live).")
  public ComplianceDashboard dashboard() {
    return reports.dashboard(filter());
  }

  @GET
  @Path("departments")
  @Operation(summary = "Compliance per department, one page")
  public CompliancePage<ComplianceDepartment> departments(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return CompliancePage.of(reports.departments(filter(), page(offset, limit)), limit);
  }

  @GET
  @Path("courses")
  @Operation(summary = "Compliance per course, one page")
  public CompliancePage<ComplianceCourse> courses(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return CompliancePage.of(reports.courses(filter(), page(offset, limit)), limit);
  }

  @GET
  @Path("departments/{department}/teams")
  @Operation(
      summary = "The teams of a department",
      description =
          "People in scope in the department grouped by their direct manager (manager '' for"
              + " people without one), with team size and figures.")
  public CompliancePage<ComplianceTeam> teams(
      @PathParam("department") String department,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return CompliancePage.of(reports.teams(filter(), department, page(offset, limit)), limit);
  }

  @GET
  @Path("teams/{manager}/people")
  @Operation(
      summary = "The people of a team",
      description =
          "The manager's direct reports with their figures and next due date; 404 for a manager"
              + " outside the caller's reporting line.")
  public CompliancePage<CompliancePerson> people(
      @PathParam("manager") String manager,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return CompliancePage.of(reports.people(filter(), manager, page(offset, limit)), limit);
  }

  @GET
  @Path("people/{username}/courses")
  @Operation(
      summary = "One person's mandatory courses",
      description =
          "Course, due date, training status, completion and expiry; 404 for a person outside the"
              + " caller's scope, exactly as for nobody.")
  public CompliancePage<ComplianceRequirement> requirements(
      @PathParam("username") String username,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return CompliancePage.of(reports.requirements(filter(), username, page(offset, limit)), limit);
  }

  @GET
  @Path("overdue")
  @Operation(summary = "Overdue requirements, the longest overdue first")
  public CompliancePage<ComplianceOverdue> overdue(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return CompliancePage.of(reports.overdue(filter(), page(offset, limit)), limit);
  }

  @GET
  @Path("expiring")
  @Operation(summary = "Valid completions that expire within 30, 60 or 90 days, soonest first")
  public CompliancePage<ComplianceExpiring> expiring(
      @QueryParam("days") @DefaultValue("30") int days,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return CompliancePage.of(reports.expiring(filter(), days, page(offset, limit)), limit);
  }

  @POST
  @Path("snapshots")
  @Operation(
      summary = "Take this month's compliance snapshot now (HR, ADMIN)",
      description = "Rewrites the current month's rows of the trend; audited.")
  public ComplianceSnapshotRun snapshot() {
    return snapshots.takeNow();
  }

  /** The report filter from the query parameters (a bad one is a 400 naming the problem). */
  private ReportFilter filter() {
    Map<String, String> parameters = new HashMap<>();
    uri.getQueryParameters().forEach((key, values) -> parameters.put(key, values.get(0)));
    return ReportFilter.parse(parameters, LocalDate.now());
  }

  private static PageRequest page(int offset, int limit) {
    return new PageRequest(
        inRange("offset", offset, 0, Integer.MAX_VALUE),
        inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
  }
}
