package org.learningcommons.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningcommons.bench.dataset.Discussions.Activity;
import org.learningcommons.bench.dataset.Discussions.Community;
import org.learningcommons.bench.dataset.Discussions.Membership;
import org.learningcommons.bench.dataset.Discussions.Post;
import org.learningcommons.bench.dataset.Discussions.Thread;

class DiscussionsTest {

  /** M is large enough for every shape (restricted and private communities, hot threads). */
  private static Dataset dataset;

  private static Discussions plan;

  @BeforeAll
  static void planPresetM() {
    dataset = Dataset.plan(Preset.M, 42);
    plan = Discussions.plan(dataset);
  }

  @ParameterizedTest
  @EnumSource(
      value = Preset.class,
      names = {"S", "M"})
  void countsMatchThePreset(Preset preset) {
    Discussions discussions = Discussions.plan(Dataset.plan(preset, 42));
    assertEquals(preset.communities(), discussions.communities().size());
    assertEquals(preset.threads(), discussions.threads().size());
    assertEquals(preset.posts(), discussions.posts().size());
    long hot =
        discussions.threads().stream()
            .filter(
                t -> topLevelReplies(discussions, t.id()) >= DiscussionPlanner.HOT_MIN_TOP_LEVEL)
            .count();
    assertTrue(hot >= preset.hotThreads(), "hot threads: " + hot);
  }

  @Test
  void sameSeedPlansTheSameDiscussions() {
    assertEquals(plan, Discussions.plan(Dataset.plan(Preset.M, 42)));
  }

  @Test
  void everyCommunityHasExactlyOneOwnerAndCountsItsActiveMembers() {
    Map<Integer, Long> owners =
        plan.memberships().stream()
            .filter(m -> m.role().equals("OWNER"))
            .collect(Collectors.groupingBy(Membership::communityId, Collectors.counting()));
    Map<Integer, Long> active =
        plan.memberships().stream()
            .filter(m -> m.status().equals("ACTIVE"))
            .collect(Collectors.groupingBy(Membership::communityId, Collectors.counting()));
    for (Community c : plan.communities()) {
      assertEquals(1L, owners.get(c.id()), "owners of " + c.name());
      assertEquals(active.get(c.id()).intValue(), c.memberCount(), "members of " + c.name());
    }
    Set<String> unique = new HashSet<>();
    plan.memberships().forEach(m -> assertTrue(unique.add(m.communityId() + "/" + m.username())));
    assertTrue(plan.memberships().stream().anyMatch(m -> m.role().equals("MODERATOR")));
    assertTrue(plan.memberships().stream().anyMatch(m -> m.status().equals("REQUESTED")));
    assertTrue(plan.memberships().stream().anyMatch(m -> m.status().equals("INVITED")));
  }

  @Test
  void everyPersonIsAnActiveMemberOfAnOpenCommunity() {
    Map<Integer, String> visibility =
        plan.communities().stream().collect(Collectors.toMap(Community::id, Community::visibility));
    Set<String> inOpen =
        plan.memberships().stream()
            .filter(m -> m.status().equals("ACTIVE"))
            .filter(m -> visibility.get(m.communityId()).equals("OPEN"))
            .map(Membership::username)
            .collect(Collectors.toSet());
    assertEquals(dataset.people().size(), inOpen.size());
  }

  @Test
  void everyThreadHasOneOpeningPostAndRepliesAtMostOneLevelDeep() {
    Map<Integer, Post> byId = new HashMap<>();
    plan.posts().forEach(p -> byId.put(p.id(), p));
    Map<Integer, Integer> openings = new HashMap<>();
    Map<Integer, Integer> replies = new HashMap<>();
    for (Post post : plan.posts()) {
      if (post.opening()) {
        assertEquals(0, post.parentId(), "an opening post answers nobody");
        openings.merge(post.threadId(), 1, Integer::sum);
      } else {
        replies.merge(post.threadId(), 1, Integer::sum);
      }
      if (post.parentId() != 0) {
        Post parent = byId.get(post.parentId());
        assertEquals(post.threadId(), parent.threadId());
        assertEquals(0, parent.parentId(), "nested under a top-level reply only");
        assertTrue(!parent.opening() && parent.id() < post.id());
      }
    }
    for (Thread thread : plan.threads()) {
      assertEquals(1, openings.get(thread.id()), "opening posts of thread " + thread.id());
      assertEquals(replies.getOrDefault(thread.id(), 0), thread.replyCount());
    }
  }

  @Test
  void countersAndLastActivityMatchTheRows() {
    Map<Integer, Long> likes =
        plan.reactions().stream()
            .collect(Collectors.groupingBy(Discussions.Reaction::postId, Collectors.counting()));
    plan.posts()
        .forEach(p -> assertEquals(likes.getOrDefault(p.id(), 0L).intValue(), p.likeCount()));
    Map<Integer, Long> lastByThread = new HashMap<>();
    for (Activity a : plan.activities()) {
      lastByThread.merge(a.threadId(), a.at(), Math::max);
    }
    Map<Integer, Integer> threadsByCommunity = new HashMap<>();
    Map<Integer, Long> lastByCommunity = new HashMap<>();
    for (Thread t : plan.threads()) {
      assertEquals(lastByThread.get(t.id()), t.lastActivityAt(), "thread " + t.id());
      threadsByCommunity.merge(t.communityId(), 1, Integer::sum);
      lastByCommunity.merge(t.communityId(), t.lastActivityAt(), Math::max);
    }
    for (Community c : plan.communities()) {
      assertEquals(threadsByCommunity.get(c.id()), c.threadCount());
      assertEquals(lastByCommunity.get(c.id()), c.lastActivityAt());
    }
  }

  @Test
  void activitiesAreOnePerPostPlusAcceptedAnswersInTimeOrder() {
    long accepted = plan.threads().stream().filter(t -> t.acceptedPostId() != 0).count();
    assertTrue(accepted > 0);
    assertEquals(plan.posts().size() + accepted, plan.activities().size());
    Map<Integer, Post> byId = new HashMap<>();
    plan.posts().forEach(p -> byId.put(p.id(), p));
    Activity previous = null;
    for (Activity a : plan.activities()) {
      Post post = byId.get(a.postId());
      String expected = post.opening() ? "THREAD_STARTED" : "REPLY_POSTED";
      if (a.kind().equals("ANSWER_ACCEPTED")) {
        assertTrue(post.parentId() == 0 && !post.opening(), "a top-level reply is accepted");
      } else {
        assertEquals(expected, a.kind());
        assertEquals(post.author(), a.actor());
      }
      assertEquals(post.threadId(), a.threadId());
      if (previous != null) {
        assertEquals(previous.id() + 1, a.id());
        assertTrue(previous.at() <= a.at(), "ids increase with time");
      }
      previous = a;
    }
    for (int i = 1; i < plan.posts().size(); i++) {
      assertTrue(plan.posts().get(i - 1).createdAt() <= plan.posts().get(i).createdAt());
    }
  }

  @Test
  void everyoneFollowsAtMostTwentyColleaguesNeverThemselves() {
    Map<String, Long> follows =
        plan.follows().stream()
            .peek(f -> assertTrue(!f.follower().equals(f.followee())))
            .collect(Collectors.groupingBy(Discussions.Follow::follower, Collectors.counting()));
    follows.values().forEach(n -> assertTrue(n <= 20));
    List<String> names = plan.communities().stream().map(c -> c.name().toLowerCase()).toList();
    assertEquals(names.size(), Set.copyOf(names).size(), "community names are unique");
  }

  private static long topLevelReplies(Discussions discussions, int threadId) {
    return discussions.posts().stream()
        .filter(p -> p.threadId() == threadId && !p.opening() && p.parentId() == 0)
        .count();
  }
}
