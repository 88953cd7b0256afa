package org.learningcommons.discussion;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.learningcommons.community.RejectedInputException;

/**
 * The checks every uploaded file passes before it is stored, wherever it is uploaded (a community
 * post, a community picture, an announcement): not empty, within the size limit, of an allowed type
 * recognised from its content, with a name that is safe in a header. The caller persists the
 * result.
 */
public final class StoredFiles {

  private StoredFiles() {}

  /**
   * A new attachment for the bytes, or a refusal on field "file".
   *
   * @param communityId the community it belongs to; null for a file of an announcement
   */
  public static Attachment checked(
      Long communityId, String uploadedBy, String fileName, byte[] content, long maxBytes) {
    if (content.length == 0) {
      throw new RejectedInputException("file", "refusal.fileEmpty", "The file is empty.");
    }
    if (content.length > maxBytes) {
      long megabytes = maxBytes / (1024 * 1024);
      throw new RejectedInputException(
          "file",
          "refusal.fileTooLarge",
          "The file is too large (at most " + megabytes + " MB).",
          megabytes);
    }
    String type =
        FileTypes.detect(fileName, content)
            .orElseThrow(
                () ->
                    new RejectedInputException(
                        "file",
                        "refusal.fileType",
                        "This type of file is not allowed: use images (PNG, JPEG, GIF, WebP) or"
                            + " documents (PDF, text, CSV, Office, OpenDocument)."));
    return new Attachment(
        communityId, uploadedBy, Instant.now(), safeName(fileName), type, content, sha256(content));
  }

  /** What the download servlet sends. */
  public static FileContent content(Attachment attachment) {
    return new FileContent(
        attachment.getFileName(),
        attachment.getContentType(),
        attachment.getContent(),
        attachment.isImage());
  }

  static String safeName(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
    return name.isEmpty() ? "file" : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
