package org.learningcommons.discussion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * A thread to start or a reply to post. {@code requestId} is chosen by the form (or API client)
 * once per submission: a second submission with the same id returns the first result instead of
 * posting twice.
 */
public record NewPost(
    @Size(max = DiscussionThread.MAX_TITLE, message = "The title is too long (at most 200).")
        String title,
    ThreadKind kind,
    @NotBlank(message = "Write something first.")
        @Size(max = Post.MAX_BODY, message = "The text is too long (at most 200,000 characters).")
        String body,
    @Size(max = 10, message = "At most 10 attachments.") List<Long> attachmentIds,
    @Size(max = 64) String requestId)
    implements Serializable {

  public List<Long> attachments() {
    return attachmentIds == null ? List.of() : attachmentIds;
  }
}
