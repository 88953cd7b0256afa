package org.learningcommons.discussion.api;

import java.util.List;
import org.learningcommons.discussion.ThreadView;

/**
 * One page of a thread's top-level replies (oldest first, 50 a page), each with its nested replies.
 * {@code nextPage} is missing on the last page.
 */
public record ReplyPageDto(
    long threadId, int page, int pageCount, Integer nextPage, List<PostDto> items) {

  static ReplyPageDto of(ThreadView t) {
    return new ReplyPageDto(
        t.id(),
        t.page(),
        t.pageCount(),
        t.page() < t.pageCount() ? t.page() + 1 : null,
        t.replies().stream().map(PostDto::of).toList());
  }
}
