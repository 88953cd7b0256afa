package org.learningcommons.development.api;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.learningcommons.discussion.FileContent;
import org.learningcommons.infrastructure.rest.BodyTooLargeException;

/** Reading an uploaded body within its limit, and answering with a stored file. */
final class FileResponses {

  private FileResponses() {}

  /** The body's bytes; 413 above {@code max}, whether declared or counted while reading. */
  static byte[] read(InputStream body, long declaredLength, long max) throws IOException {
    if (declaredLength > max) {
      throw new BodyTooLargeException(max);
    }
    byte[] content = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    if (content.length > max) {
      throw new BodyTooLargeException(max);
    }
    return content;
  }

  /** A download, with the same protective headers as {@code /attachments/{id}}. */
  static Response download(FileContent file) {
    String name = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
