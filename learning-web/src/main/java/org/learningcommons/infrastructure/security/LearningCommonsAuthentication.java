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
import java.util.Optional;
import java.util.stream.Collectors;
import org.learningcommons.feed.FeedAccess;
import org.learningcommons.feed.FeedCaller;
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
 *   <li>Feed readers and the intranet portal read the Atom feeds under {@code /api/v1/feeds/} with
 *       a personal feed token ({@code ?token=} or {@code Authorization: Bearer}), as its owner with
 *       the roles recorded at their last sign-in. A token opens nothing else.
 *   <li>Without either, protected pages redirect to the login page and the API answers 401 with a
 *       problem+json body.
 * </ul>
 */
@ApplicationScoped
public class LearningCommonsAuthentication implements HttpAuthenticationMechanism {

  static final String CONTINUE_ATTRIBUTE = "org.learningcommons.continue";
  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";
  private static final String FEEDS = "/api/v1/feeds/";

  @EJB SignInService signIn;
  @EJB FeedAccess feedAccess;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    String bearer = bearerToken(authorization);
    if (isFeed(request)) {
      // A token presented is checked even beside a session: a revoked one must fail visibly.
      String token = bearer != null ? bearer : request.getParameter("token");
      if (token != null) {
        return feedToken(token, response, context);
      }
    }

    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
      return context.notifyContainerAboutLogin(user.username(), user.roles());
    }

    if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return basic(authorization.substring(BASIC.length()).trim(), request, response, context);
    }

    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (bearer != null) {
      return Problems.unauthorizedToken(
          response, "A feed token opens only the feeds under /api/v1/feeds/.");
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

  private AuthenticationStatus feedToken(
      String token, HttpServletResponse response, HttpMessageContext context) {
    Optional<FeedCaller> caller = feedAccess.authenticate(token.strip());
    if (caller.isEmpty()) {
      return Problems.unauthorizedToken(
          response,
          "This feed token is unknown or revoked, or its owner has no access any more. Create a"
              + " new one on the Feeds page.");
    }
    return context.notifyContainerAboutLogin(
        caller.get().username(),
        caller.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  private static String bearerToken(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return authorization.substring(BEARER.length()).trim();
  }

  /**
   * Whether the request reaches a feed. Both the raw URI and the path the container mapped must say
   * so, so that {@code /api/v1/feeds/../announcements} cannot carry a token elsewhere.
   */
  private static boolean isFeed(HttpServletRequest request) {
    String mapped =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String raw = request.getRequestURI();
    return raw.startsWith(request.getContextPath() + FEEDS)
        && !raw.contains("..")
        && !raw.contains(";")
        && !raw.contains("%")
        && mapped.startsWith(FEEDS);
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
