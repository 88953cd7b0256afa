package org.learningcommons.infrastructure.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.learningcommons.infrastructure.rest.Problem;

/**
 * RFC 9457 problem responses written before JAX-RS is reached (authentication happens in front of
 * it), so that API clients get the same error format as from the resources.
 */
final class Problems {

  static final String REALM = "Basic realm=\"Learning Commons\", charset=\"UTF-8\"";

  /** Thread-safe; creating one per response would be costly. */
  private static final Jsonb JSON = JsonbBuilder.create();

  private Problems() {}

  static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", REALM);
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** A feed token that opens nothing: unknown, revoked, its owner gone, or not a feed path. */
  static AuthenticationStatus unauthorizedToken(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"Learning Commons feeds\"");
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    return AuthenticationStatus.SEND_FAILURE;
  }

  static AuthenticationStatus forbidden(HttpServletResponse response, String detail) {
    write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", detail);
    return AuthenticationStatus.SEND_FAILURE;
  }

  static AuthenticationStatus directoryUnavailable(HttpServletResponse response) {
    response.setHeader("Retry-After", "30");
    write(
        response,
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        "Directory unavailable",
        "The corporate directory does not answer, so sign-in cannot be checked. Try again later.");
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static void write(HttpServletResponse response, int status, String title, String detail) {
    try {
      response.setStatus(status);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(JSON.toJson(new Problem("about:blank", title, status, detail, null)));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
