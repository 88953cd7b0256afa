package org.learningcommons.infrastructure.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses request bodies larger than any valid input before they are parsed, so a 10 MB body costs
 * neither memory nor a database round trip. A declared length is checked at once; a chunked body is
 * counted while it is read. Also the one place that reads an empty JSON body as an empty object.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {

  /**
   * A post holds at most 200,000 characters; JSON may escape each into six bytes ({@code \u003c}),
   * so 2 MiB leaves room for the longest valid post and refuses far larger bodies.
   */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final Set<String> FILE_UPLOADS = Set.of("announcements/attachments");

  /** Evidence for an external learning entry: {@code me/external-learning/{id}/evidence}. */
  private static final Pattern EVIDENCE_UPLOAD =
      Pattern.compile("me/external-learning/[0-9]+/evidence");

  private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

  @Override
  public void filter(ContainerRequestContext request) {
    if (isFileUpload(request)) {
      // A file has its own, larger limit (ATTACHMENT_MAX_BYTES): the resource counts while reading.
      return;
    }
    if (request.getLength() > MAX_BYTES) {
      throw new BodyTooLargeException();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream()));
    } else if (MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
      // An empty JSON body reads as {}, so the answer names the fields that are missing.
      request.setEntityStream(new ByteArrayInputStream(EMPTY_OBJECT));
    }
  }

  /** The routes that take a raw file ({@code application/octet-stream}) rather than JSON. */
  private static boolean isFileUpload(ContainerRequestContext request) {
    return "POST".equals(request.getMethod())
        && (FILE_UPLOADS.contains(request.getUriInfo().getPath(false))
            || EVIDENCE_UPLOAD.matcher(request.getUriInfo().getPath(false)).matches())
        && MediaType.APPLICATION_OCTET_STREAM_TYPE.isCompatible(request.getMediaType());
  }

  private static final class Limited extends FilterInputStream {
    private long count;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) {
      count += n;
      if (count > MAX_BYTES) {
        throw new BodyTooLargeException();
      }
    }
  }
}
