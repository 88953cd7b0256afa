package org.learningcommons.stream.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.learningcommons.stream.StreamItem;
import org.learningcommons.stream.StreamPage;

/**
 * A slice of the home stream, newest first. {@code nextBefore} (and {@code next}, the same as a
 * link) fetch the older entries; both are missing at the end.
 */
public record StreamPageDto(List<StreamItemDto> items, Long nextBefore, URI next) {

  /** {@code excerpt} is plain text: escape it before showing it in HTML. */
  public record StreamItemDto(
      long id,
      String kind,
      long communityId,
      String communityName,
      long threadId,
      String threadTitle,
      long postId,
      String actor,
      String actorName,
      String excerpt,
      Instant occurredAt) {

    static StreamItemDto of(StreamItem i) {
      return new StreamItemDto(
          i.id(),
          i.kind(),
          i.communityId(),
          i.communityName(),
          i.threadId(),
          i.threadTitle(),
          i.postId(),
          i.actor(),
          i.actorName(),
          i.excerpt(),
          i.occurredAt());
    }
  }

  static StreamPageDto of(StreamPage page, URI next) {
    return new StreamPageDto(
        page.items().stream().map(StreamItemDto::of).toList(), page.nextBefore(), next);
  }
}
