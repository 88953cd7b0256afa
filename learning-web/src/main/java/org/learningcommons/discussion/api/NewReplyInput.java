package org.learningcommons.discussion.api;

import java.util.List;
import org.learningcommons.discussion.NewPost;
import org.learningcommons.discussion.Post;
import org.learningcommons.infrastructure.rest.InvalidInputException;

/**
 * The body of {@code POST /threads/{id}/replies}. {@code inReplyTo} answers a reply rather than the
 * thread; answering a nested reply attaches to its parent (one level deep). {@code requestId} makes
 * a repeated submission return the first reply.
 */
public record NewReplyInput(
    String body, Long inReplyTo, List<Long> attachmentIds, String requestId) {

  NewPost checkedPost() {
    InvalidInputException.check()
        .required("body", body, Post.MAX_BODY)
        .items("attachmentIds", attachmentIds, 10)
        .optional("requestId", requestId, 64)
        .done();
    return new NewPost(null, null, body, attachmentIds, requestId);
  }
}
