package org.learningcommons.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Counts a person as active on the day of their authenticated requests (pages and API). The
 * container authenticates before filters run, so the principal is known here, also on the request
 * that signs in. Static resources are left out: they say nothing a page request did not.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EngagementActivityFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient EngagementActivityTracker tracker;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    if (principal != null && !isStaticResource(request)) {
      tracker.active(principal.getName());
    }
    chain.doFilter(request, response);
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
