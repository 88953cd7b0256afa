package org.learningcommons.discussion.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.discussion.Attachments;
import org.learningcommons.discussion.FileContent;

/**
 * Serves {@code /attachments/{id}}. Sign-in is required by web.xml's staff constraint (the address
 * is not in the public list); whether this person may read the file is the EJB's decision, and a
 * file they may not read is answered exactly like one that does not exist.
 */
@WebServlet(urlPatterns = "/attachments/*")
public class AttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Files never change under their id; the browser may keep them, shared caches may not. */
  private static final String CACHE = "private, max-age=3600";

  @EJB Attachments attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    Long id = path == null ? null : Refusals.id(path.substring(1));
    if (id == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileContent file;
    try {
      file = attachments.download(id);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(file.contentType());
    response.setContentLengthLong(file.content().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", CACHE);
    if (file.image()) {
      response.setHeader("Content-Disposition", "inline");
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'");
    } else {
      // Documents are downloaded, and if a browser renders one anyway it runs nothing.
      response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded(file));
      response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    }
    response.getOutputStream().write(file.content());
  }

  /** RFC 5987 encoding: percent-encoded UTF-8, with spaces as %20 rather than '+'. */
  private static String encoded(FileContent file) {
    return URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
  }
}
