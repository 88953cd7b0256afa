package org.learningcommons.infrastructure.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import org.learningcommons.people.SignInOutcome;
import org.learningcommons.people.SignInService;

/**
 * How Learning Commons knows who is asking.
 *
 * <ul>
 *   <li>A browser signs in on the login page; the sign-in action puts a {@link SignedInUser} into
 *       the (renewed) session, and this mechanism reports it to the container on every request.
 *   <li>API clients (the intranet portal, scripts) send HTTP Basic with directory credentials on
 *       every request; they go through the same {@link SignInService} (lockout, audit) and no
 *       session is created for them.
 *   <li>Without either, protected pages redirect to the login page and the API answers 401 with a
 *       problem+json body.
 * </ul>
 */
@ApplicationScoped
public class LearningCommonsAuthentication implements HttpAuthenticationMechanism {

  static final String CONTINUE_ATTRIBUTE = "org.learningcommons.continue";
  private static final String BASIC = "Basic ";

  @EJB SignInService signIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
      return context.notifyContainerAboutLogin(user.username(), user.roles());
    }

    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return basic(authorization.substring(BASIC.length()).trim(), request, response, context);
    }

    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return Problems.unauthorized(response, "Sign in with your directory account (HTTP Basic).");
    }
    return toLoginPage(request, response, context);
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Problems.unauthorized(response, "Malformed Basic credentials.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Problems.unauthorized(response, "Malformed Basic credentials.");
    }
    SignInOutcome outcome =
        SignInAttempts.run(
            () ->
                signIn.signIn(
                    decoded.substring(0, colon),
                    decoded.substring(colon + 1),
                    request.getRemoteAddr()));
    return switch (outcome.result()) {
      case SUCCEEDED ->
          context.notifyContainerAboutLogin(
              outcome.username(),
              outcome.roles().stream().map(Enum::name).collect(Collectors.toSet()));
      case LOCKED ->
          Problems.unauthorized(
              response, "Too many failed sign-ins for this account; try again later.");
      case DIRECTORY_UNAVAILABLE -> Problems.directoryUnavailable(response);
      case NO_ACCESS ->
          Problems.forbidden(response, "Your account has no access to Learning Commons.");
      case INVALID -> Problems.unauthorized(response, "Invalid user name or password.");
    };
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String login = request.getContextPath() + "/login.xhtml";
    String accept = request.getHeader("Accept");
    // Only pages are worth coming back to, not the favicon or an image the page asked for.
    if ("GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
      String target = request.getRequestURI();
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
      request.getSession(true).setAttribute(CONTINUE_ATTRIBUTE, target);
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An ajax request after the session expired: tell the Faces client to navigate.
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
        response.flushBuffer();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(login);
  }
}
