package org.learningcommons.learning.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.learning.TrainingTimers;
import org.learningcommons.learning.TrainingTimersRunView;

/** For administrators and operations scripts: do the training timers' due work now. */
@Path("admin/training-timers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrainingTimersResource {

  @EJB TrainingTimers timers;

  @POST
  @Operation(
      summary =
          "Open renewals, send due reminders and escalate overdue mandatory training now (ADMIN)",
      description =
          "What the timer does every TRAINING_TIMER_INTERVAL. Nothing is sent twice: running it"
              + " again only does what has become due since.")
  public TrainingTimersRunView runNow() {
    return timers.runNow();
  }
}
