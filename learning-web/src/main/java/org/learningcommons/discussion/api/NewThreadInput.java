package org.learningcommons.discussion.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.learningcommons.discussion.DiscussionThread;
import org.learningcommons.discussion.NewPost;
import org.learningcommons.discussion.Post;
import org.learningcommons.discussion.ThreadKind;

/**
 * The body of {@code POST /communities/{id}/threads}. {@code body} is HTML; it is sanitised before
 * it is stored. A client that may send twice (a retry after a timeout, a double click) sets {@code
 * requestId} to one value per thread it means to start.
 */
public record NewThreadInput(
    @NotBlank(message = "must not be blank")
        @Size(max = DiscussionThread.MAX_TITLE, message = "must be at most 200 characters")
        String title,
    @Pattern(regexp = "DISCUSSION|QUESTION", message = "must be DISCUSSION or QUESTION")
        String kind,
    @NotBlank(message = "must not be blank")
        @Size(max = Post.MAX_BODY, message = "must be at most 200000 characters")
        String body,
    @Size(max = 10, message = "must have at most 10 attachments") List<Long> attachmentIds,
    @Size(max = 64, message = "must be at most 64 characters") String requestId) {

  static NewThreadInput empty() {
    return new NewThreadInput(null, null, null, null, null);
  }

  NewPost post() {
    return new NewPost(
        title,
        kind == null ? ThreadKind.DISCUSSION : ThreadKind.valueOf(kind),
        body,
        attachmentIds,
        requestId);
  }
}
