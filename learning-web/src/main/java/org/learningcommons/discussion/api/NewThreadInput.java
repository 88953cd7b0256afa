package org.learningcommons.discussion.api;

import java.util.List;
import java.util.Set;
import org.learningcommons.discussion.DiscussionThread;
import org.learningcommons.discussion.NewPost;
import org.learningcommons.discussion.Post;
import org.learningcommons.discussion.ThreadKind;
import org.learningcommons.infrastructure.rest.InvalidInputException;

/**
 * The body of {@code POST /communities/{id}/threads}. {@code body} is HTML; it is sanitised before
 * it is stored. A client that may send twice (a retry after a timeout, a double click) sets {@code
 * requestId} to one value per thread it means to start.
 */
public record NewThreadInput(
    String title, String kind, String body, List<Long> attachmentIds, String requestId) {

  private static final Set<String> KINDS = Set.of("DISCUSSION", "QUESTION");

  NewPost checkedPost() {
    InvalidInputException.check()
        .required("title", title, DiscussionThread.MAX_TITLE)
        .oneOf("kind", kind, false, KINDS)
        .required("body", body, Post.MAX_BODY)
        .items("attachmentIds", attachmentIds, 10)
        .optional("requestId", requestId, 64)
        .done();
    return new NewPost(
        title,
        kind == null ? ThreadKind.DISCUSSION : ThreadKind.valueOf(kind),
        body,
        attachmentIds,
        requestId);
  }
}
