package org.learningcommons.discussion;

import java.io.Serializable;

/** A file as a post lists it; the content is served from {@code /attachments/{id}}. */
public record AttachmentView(
    long id, String fileName, String contentType, long sizeBytes, boolean image)
    implements Serializable {

  static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.isImage());
  }
}
