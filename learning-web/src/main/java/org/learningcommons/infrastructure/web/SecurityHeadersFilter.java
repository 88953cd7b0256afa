package org.learningcommons.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.learningcommons.feed.web.FrameAncestors;
import org.learningcommons.feed.web.WidgetSettings;

/**
 * Response headers every page and API answer carries. Pages and API answers are personal, so no
 * browser or proxy may keep them (after signing out, "back" must not show the last page); static
 * resources stay cacheable. Framing is limited to this site, except for the widget pages under
 * {@code /widget/}, which the sites configured in {@code WIDGET_FRAME_ANCESTORS} may frame.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient WidgetSettings widget;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader(
        "Content-Security-Policy",
        "frame-ancestors " + (isWidget(request) ? widget.frameAncestors() : FrameAncestors.SELF));
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  /** The mapped path, which the container has normalised (no {@code ..} tricks). */
  private static boolean isWidget(HttpServletRequest request) {
    return request.getServletPath().startsWith("/widget/");
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
