package org.learningcommons.announcement.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.announcement.AnnouncementTimers;
import org.learningcommons.announcement.AnnouncementTimersRunView;

/** For administrators and operations scripts: do the announcement timers' due work now. */
@Path("admin/announcement-timers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementTimersResource {

  @EJB AnnouncementTimers timers;

  @POST
  @Operation(
      summary =
          "Notify scheduled announcements that have appeared, send due reminders and escalate"
              + " overdue acknowledgements now (ADMIN)",
      description =
          "What the timer does every ANNOUNCEMENT_TIMER_INTERVAL. Nothing is sent twice: running"
              + " it again only does what has become due since. Audited.")
  public AnnouncementTimersRunView runNow() {
    return timers.runNow();
  }
}
