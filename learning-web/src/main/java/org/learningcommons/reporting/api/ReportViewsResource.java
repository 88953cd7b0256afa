package org.learningcommons.reporting.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.infrastructure.rest.InvalidInputException;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.reporting.SavedReportViews;
import org.learningcommons.reporting.SavedReportViews.SavedView;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/** The caller's saved report views: named filters of a report. */
@Path("reports/views")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportViewsResource {

  /** The body of {@code POST /reports/views}. */
  public record ViewInput(String report, String name, String query) {}

  /** A page of views. */
  public record ViewPage(List<SavedView> items, long total, int offset, int limit) {}

  @EJB SavedReportViews views;

  @GET
  @Operation(
      summary = "My saved views, of one report or all",
      description = "Paged (offset, limit up to 100), by name.")
  public ViewPage list(
      @QueryParam("report") String report,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page =
        new PageRequest(
            InvalidParameterException.inRange("offset", offset, 0, Integer.MAX_VALUE),
            InvalidParameterException.inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    Page<SavedView> found = views.list(report, page);
    return new ViewPage(found.items(), found.total(), found.offset(), limit);
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One of my saved views", description = "Somebody else's view is 404.")
  public SavedView get(@PathParam("id") long id) {
    return views.get(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save a view (MANAGER, HR, ADMIN)",
      description =
          "report (e.g. compliance), name (required, at most 120 characters, unique per person and"
              + " report: a taken name is 409) and query (the filter as a URL query string; it is"
              + " checked against the caller's scope).")
  public Response save(ViewInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
    if (input == null) {
      throw new InvalidParameterException("body", "must be a JSON object");
    }
    InvalidInputException.check()
        .required("report", input.report(), 64)
        .required("name", input.name(), SavedReportViews.MAX_NAME)
        .optional("query", input.query(), 2000)
        .done();
    SavedView saved = views.save(input.report(), input.name(), input.query());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(saved.id())).build())
        .entity(saved)
        .build();
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(summary = "Delete one of my saved views", description = "Somebody else's is 404.")
  public void delete(@PathParam("id") long id) {
    views.delete(id);
  }
}
