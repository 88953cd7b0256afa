package org.learningcommons.notification.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.learningcommons.infrastructure.rest.Problem;
import org.learningcommons.notification.NotificationNotFoundException;

/** Someone else's notification and one that does not exist get the same 404 problem. */
@Provider
public class NotificationNotFoundMapper implements ExceptionMapper<NotificationNotFoundException> {

  @Override
  public Response toResponse(NotificationNotFoundException exception) {
    return Problem.response(Response.Status.NOT_FOUND, "There is no such notification.");
  }
}
