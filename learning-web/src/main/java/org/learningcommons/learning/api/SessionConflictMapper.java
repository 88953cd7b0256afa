package org.learningcommons.learning.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.learningcommons.infrastructure.rest.Problem;
import org.learningcommons.learning.SessionConflictException;

/**
 * The session's state refuses the step (started, cancelled, a booking on another session of the
 * course, attendance marked already): the request was fine, so 409 with the reason.
 */
@Provider
public class SessionConflictMapper implements ExceptionMapper<SessionConflictException> {

  @Override
  public Response toResponse(SessionConflictException exception) {
    return Problem.response(Response.Status.CONFLICT, exception.getMessage());
  }
}
