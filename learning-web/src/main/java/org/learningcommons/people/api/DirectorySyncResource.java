package org.learningcommons.people.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.people.DirectorySync;
import org.learningcommons.people.SyncRunView;

/** For administrators and operations scripts: run the directory sync, see its history. */
@Path("admin/directory-sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectorySyncResource {

  @EJB DirectorySync sync;

  @POST
  @Operation(
      summary = "Synchronise profiles with the directory now (ADMIN)",
      description = "200 with the run when it succeeded; 503 with the run when it failed.")
  public Response syncNow() {
    SyncRunView run = sync.syncNow();
    return Response.status(
            "SUCCEEDED".equals(run.status())
                ? Response.Status.OK
                : Response.Status.SERVICE_UNAVAILABLE)
        .entity(run)
        .build();
  }

  @GET
  @Operation(summary = "Recent directory sync runs, newest first (ADMIN)")
  public List<SyncRunView> recent(@QueryParam("limit") @DefaultValue("20") int limit) {
    return sync.recentRuns(inRange("limit", limit, 1, 100));
  }
}
