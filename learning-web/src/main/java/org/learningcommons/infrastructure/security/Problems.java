package org.learningcommons.infrastructure.security;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * RFC 9457 problem responses written before JAX-RS is reached (authentication happens in front of
 * it), so that API clients get the same error format as from the resources.
 */
final class Problems {

  static final String REALM = "Basic realm=\"Learning Commons\", charset=\"UTF-8\"";

  private Problems() {}

  static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", REALM);
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
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("title", title)
                  .add("status", status)
                  .add("detail", detail)
                  .build()
                  .toString());
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
