package org.learningcommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostTest {

  private static final Instant T0 = Instant.parse("2025-11-01T09:00:00Z");

  private final DiscussionThread thread = withId(thread(), 10L);
  private final Post opening = withId(Post.opening(thread, "<p>Start</p>", T0), 100L);

  @Test
  void aReplyToTheOpeningPostIsTopLevel() {
    Post reply = Post.reply(thread, opening, "alice", "<p>Hi</p>", T0, null);

    assertNull(reply.getParentId());
    assertFalse(reply.isOpening());
    assertEquals(10L, reply.getThreadId());
  }

  @Test
  void aReplyToATopLevelReplyNestsUnderIt() {
    Post top = withId(Post.reply(thread, null, "alice", "<p>Top</p>", T0, null), 101L);

    Post nested = Post.reply(thread, top, "bob", "<p>Nested</p>", T0, null);

    assertEquals(101L, nested.getParentId());
  }

  @Test
  void aReplyToANestedReplyAttachesToItsParentSoNestingStaysOneLevel() {
    Post top = withId(Post.reply(thread, null, "alice", "<p>Top</p>", T0, null), 101L);
    Post nested = withId(Post.reply(thread, top, "bob", "<p>Nested</p>", T0, null), 102L);

    Post deeper = Post.reply(thread, nested, "carol", "<p>Deeper</p>", T0, null);

    assertEquals(101L, deeper.getParentId());
  }

  @Test
  void aReplyToAPostOfAnotherThreadIsRefused() {
    DiscussionThread other = withId(thread(), 11L);
    Post elsewhere = withId(Post.reply(other, null, "alice", "<p>x</p>", T0, null), 200L);

    assertThrows(
        IllegalArgumentException.class,
        () -> Post.reply(thread, elsewhere, "bob", "<p>y</p>", T0, null));
  }

  @Test
  void aBlankBodyIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> Post.reply(thread, null, "bob", "  ", T0, null));
  }

  @Test
  void aDeletedPostCannotBeEditedOrRestored() {
    Post reply = Post.reply(thread, null, "alice", "<p>Hi</p>", T0, null);

    reply.delete();
    reply.restore();

    assertEquals(PostStatus.DELETED, reply.getStatus());
    assertThrows(IllegalStateException.class, () -> reply.edit("<p>Again</p>", T0));
  }

  private static DiscussionThread thread() {
    return new DiscussionThread(1L, "mike", "Topic", ThreadKind.DISCUSSION, T0, null);
  }

  /** Ids come from the database; these tests give them by hand. */
  private static <T> T withId(T entity, Long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
