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
import org.learningcommons.learning.MyEnrolmentView;
import org.learningcommons.learning.MyLearning;
import org.learningcommons.learning.TrainingStatus;

/** The caller's own enrolments. */
@Path("me/enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyEnrolmentsResource {

  @EJB MyLearning learning;

  @GET
  @Operation(
      summary = "My enrolments",
      description =
          "The latest enrolment per course (withdrawn ones left out): mandatory first, overdue"
              + " first, then by due date. status filters by training status (ASSIGNED,"
              + " IN_PROGRESS, COMPLETED, OVERDUE, EXPIRING, EXPIRED); mandatory=true/false keeps"
              + " only courses a rule assigns (or not).")
  public TrainingPage<MyEnrolmentView> mine(
      @QueryParam("status") String status,
      @QueryParam("mandatory") Boolean mandatory,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return TrainingPage.of(
        learning.myEnrolments(
            TrainingParameters.constant("status", status, TrainingStatus.class),
            mandatory,
            TrainingParameters.page(offset, limit)),
        limit);
  }
}
