package org.learningcommons.discussion.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.learningcommons.discussion.NewPost;
import org.learningcommons.discussion.Post;

/**
 * The body of {@code POST /threads/{id}/replies}. {@code inReplyTo} answers a reply rather than the
 * thread; answering a nested reply attaches to its parent (one level deep). {@code requestId} makes
 * a repeated submission return the first reply.
 */
public record NewReplyInput(
    @NotBlank(message = "must not be blank")
        @Size(max = Post.MAX_BODY, message = "must be at most 200000 characters")
        String body,
    Long inReplyTo,
    @Size(max = 10, message = "must have at most 10 attachments") List<Long> attachmentIds,
    @Size(max = 64, message = "must be at most 64 characters") String requestId) {

  static NewReplyInput empty() {
    return new NewReplyInput(null, null, null, null);
  }

  NewPost post() {
    return new NewPost(null, null, body, attachmentIds, requestId);
  }
}
