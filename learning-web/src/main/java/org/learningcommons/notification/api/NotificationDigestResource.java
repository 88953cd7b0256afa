package org.learningcommons.notification.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.notification.DigestRunView;
import org.learningcommons.notification.NotificationDigest;

/** For administrators and operations scripts: send the waiting digests now. */
@Path("admin/notification-digest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationDigestResource {

  @EJB NotificationDigest digest;

  @POST
  @Operation(
      summary = "Send every waiting digest now, whatever each person's frequency (ADMIN)",
      description = "The mails go to the outbox; the sender delivers them within seconds.")
  public DigestRunView runNow() {
    return digest.runNow();
  }
}
