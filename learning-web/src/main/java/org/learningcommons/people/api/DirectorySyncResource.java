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
  @Operation(summary = "Synchronise profiles with the directory now (ADMIN)")
  public SyncRunView syncNow() {
    return sync.syncNow();
  }

  @GET
  @Operation(summary = "Recent directory sync runs, newest first (ADMIN)")
  public List<SyncRunView> recent(@QueryParam("limit") @DefaultValue("20") int limit) {
    return sync.recentRuns(inRange("limit", limit, 1, 100));
  }
}
