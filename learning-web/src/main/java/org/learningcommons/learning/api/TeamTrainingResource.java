package org.learningcommons.learning.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.learning.MyLearning;
import org.learningcommons.learning.TeamTrainingView;
import org.learningcommons.learning.TrainingStatus;

/** A manager's view of their people's mandatory training. */
@Path("team/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamTrainingResource {

  @EJB MyLearning learning;

  @GET
  @Operation(
      summary = "Mandatory training of everyone below me",
      description =
          "One row per person and mandatory course, for everyone below the caller in the"
              + " reporting line (at any depth); overdue first. Empty for people without reports."
              + " status filters by training status.")
  public TrainingPage<TeamTrainingView> team(
      @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return TrainingPage.of(
        learning.team(
            TrainingParameters.constant("status", status, TrainingStatus.class),
            TrainingParameters.page(offset, limit)),
        limit);
  }
}
