package org.learningcommons.bench.dataset;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.learningcommons.bench.dataset.Discussions.Activity;
import org.learningcommons.bench.dataset.Discussions.Community;
import org.learningcommons.bench.dataset.Discussions.Follow;
import org.learningcommons.bench.dataset.Discussions.Follower;
import org.learningcommons.bench.dataset.Discussions.Membership;
import org.learningcommons.bench.dataset.Discussions.Post;
import org.learningcommons.bench.dataset.Discussions.Reaction;
import org.learningcommons.bench.dataset.Discussions.Thread;
import org.learningcommons.bench.dataset.Discussions.ThreadRead;

/**
 * Plans communities, memberships, threads, posts and everything around them for a dataset. The
 * calendar: communities, memberships and follows in the first month after {@link Dataset#EPOCH}
 * ({@link #SETUP_END}), discussion from day 40 to {@link #END}. So every member joined before
 * anyone posted, and ids in time order are possible for posts and activities alike.
 *
 * <p>Communities are ranked by popularity (id 1 the most popular, weight {@code 1/rank^0.8}):
 * everybody joins 5 to 15 of them by that weight, so the top ones have thousands of members on L
 * and the tail a few dozen. Threads follow members, replies follow an exponential distribution
 * except for the hot threads.
 */
final class DiscussionPlanner {

  static final Instant SETUP_END = Dataset.EPOCH.plus(Duration.ofDays(30));
  static final Instant THREADS_FROM = Dataset.EPOCH.plus(Duration.ofDays(40));
  static final Instant END = Dataset.EPOCH.plus(Duration.ofDays(320));

  static final int HOT_MIN_TOP_LEVEL = 200;
  private static final double POPULARITY_EXPONENT = 0.8;
  private static final double NESTED_SHARE = 0.2;
  private static final double QUESTION_SHARE = 0.25;
  private static final long MINUTE = 60_000L;
  private static final long DAY = 86_400_000L;

  private final Dataset dataset;
  private final SplittableRandom random;
  private final int people;
  private final int communityCount;

  private String[] visibility;
  private long[] createdAt;
  private int[] owner;
  private int[][] members;
  private final List<Membership> memberships = new ArrayList<>();

  DiscussionPlanner(Dataset dataset) {
    this.dataset = dataset;
    this.random = dataset.random("communities");
    this.people = dataset.people().size();
    this.communityCount = dataset.preset().communities();
  }

  Discussions plan() {
    planCommunities();
    planMemberships();
    List<Follow> follows = planFollows();
    return new ThreadPlan().plan(follows);
  }

  private String username(int person) {
    return dataset.person(person).username();
  }

  private void planCommunities() {
    visibility = new String[communityCount];
    createdAt = new long[communityCount];
    owner = new int[communityCount];
    long from = Dataset.EPOCH.plus(Duration.ofDays(1)).toEpochMilli();
    for (int c = 0; c < communityCount; c++) {
      double draw = random.nextDouble();
      // The most popular twentieth is open: the big communities anyone may read.
      boolean top = c < Math.max(1, communityCount / 20);
      visibility[c] = top || draw < 0.7 ? "OPEN" : draw < 0.9 ? "RESTRICTED" : "PRIVATE";
      createdAt[c] = from + random.nextLong(20 * DAY);
      owner[c] = 1 + random.nextInt(people);
    }
  }

  private void planMemberships() {
    double[] all = cumulative(c -> true);
    double[] open = cumulative(c -> visibility[c].equals("OPEN"));
    List<List<Integer>> active = new ArrayList<>();
    List<List<Integer>> plainMembers = new ArrayList<>();
    Set<Long> taken = new HashSet<>();
    for (int c = 0; c < communityCount; c++) {
      active.add(new ArrayList<>(List.of(owner[c])));
      plainMembers.add(new ArrayList<>());
      taken.add(key(c, owner[c]));
      memberships.add(
          new Membership(0, c + 1, username(owner[c]), "OWNER", "ACTIVE", createdAt[c], null));
    }
    for (int person = 1; person <= people; person++) {
      int wanted = Math.min(5 + random.nextInt(11), Math.max(1, communityCount / 2));
      Set<Integer> picks = new HashSet<>();
      for (int attempts = 0; picks.size() < wanted && attempts < 1000; attempts++) {
        picks.add(pick(all));
      }
      boolean inOpen = false;
      for (int c = 0; c < communityCount && !inOpen; c++) {
        inOpen = visibility[c].equals("OPEN") && taken.contains(key(c, person));
      }
      List<Integer> sorted = new ArrayList<>(picks);
      Collections.sort(sorted);
      for (int c : sorted) {
        inOpen |= visibility[c].equals("OPEN");
      }
      if (!inOpen) {
        // Everyone reads at least one open community: the journey's community page is one.
        sorted.add(pick(open));
      }
      for (int c : sorted) {
        if (!taken.add(key(c, person))) {
          continue;
        }
        String status = "ACTIVE";
        String invitedBy = null;
        if (!visibility[c].equals("OPEN") && random.nextDouble() < 0.04) {
          boolean restricted = visibility[c].equals("RESTRICTED");
          status = restricted ? "REQUESTED" : "INVITED";
          invitedBy = restricted ? null : username(owner[c]);
        }
        long since = createdAt[c] + random.nextLong(SETUP_END.toEpochMilli() - createdAt[c]);
        if (status.equals("ACTIVE")) {
          active.get(c).add(person);
          plainMembers.get(c).add(memberships.size());
        }
        memberships.add(
            new Membership(0, c + 1, username(person), "MEMBER", status, since, invitedBy));
      }
    }
    members = new int[communityCount][];
    for (int c = 0; c < communityCount; c++) {
      members[c] = active.get(c).stream().mapToInt(Integer::intValue).toArray();
      List<Integer> candidates = plainMembers.get(c);
      int moderators = Math.min(5, members[c].length / 150);
      if (members[c].length >= 10 && random.nextBoolean()) {
        moderators++;
      }
      for (int m = 0; m < moderators && !candidates.isEmpty(); m++) {
        int at = candidates.remove(random.nextInt(candidates.size()));
        Membership plain = memberships.get(at);
        memberships.set(
            at,
            new Membership(
                0,
                plain.communityId(),
                plain.username(),
                "MODERATOR",
                plain.status(),
                plain.since(),
                null));
      }
    }
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      memberships.set(
          i,
          new Membership(
              i + 1,
              m.communityId(),
              m.username(),
              m.role(),
              m.status(),
              m.since(),
              m.invitedBy()));
    }
  }

  private long key(int community, int person) {
    return (long) community * (people + 1) + person;
  }

  private double[] cumulative(java.util.function.IntPredicate included) {
    double[] sums = new double[communityCount];
    double sum = 0;
    for (int c = 0; c < communityCount; c++) {
      if (included.test(c)) {
        sum += 1 / Math.pow(c + 1, POPULARITY_EXPONENT);
      }
      sums[c] = sum;
    }
    return sums;
  }

  /** A community drawn by the weights summed in {@code cumulative}. */
  private int pick(double[] cumulative) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, target);
    at = at < 0 ? -at - 1 : at + 1;
    while (at > 0 && cumulative[at] == cumulative[at - 1]) {
      at--;
    }
    return Math.min(at, communityCount - 1);
  }

  /** Each person follows 0 to 20 colleagues, most of them from their own department. */
  private List<Follow> planFollows() {
    Map<String, List<Integer>> byDepartment = new HashMap<>();
    for (Person person : dataset.people()) {
      byDepartment.computeIfAbsent(person.department(), d -> new ArrayList<>()).add(person.index());
    }
    List<Follow> follows = new ArrayList<>();
    long from = Dataset.EPOCH.plus(Duration.ofDays(1)).toEpochMilli();
    long span = SETUP_END.toEpochMilli() - from;
    for (Person person : dataset.people()) {
      int wanted = Math.min(random.nextInt(21), people - 1);
      List<Integer> department = byDepartment.get(person.department());
      Set<Integer> followed = new HashSet<>();
      for (int attempts = 0; followed.size() < wanted && attempts < 200; attempts++) {
        int other =
            random.nextDouble() < 0.6
                ? department.get(random.nextInt(department.size()))
                : 1 + random.nextInt(people);
        if (other != person.index()) {
          followed.add(other);
        }
      }
      List<Integer> sorted = new ArrayList<>(followed);
      Collections.sort(sorted);
      for (int other : sorted) {
        follows.add(new Follow(person.username(), username(other), from + random.nextLong(span)));
      }
    }
    return follows;
  }

  /** One post while it is planned, before ids are given out in time order. */
  private record Draft(int thread, int seq, long time, int author, int parentSeq) {}

  /** Threads, posts and what hangs off them, once the members are known. */
  private final class ThreadPlan {

    private final List<Integer> threadCommunity = new ArrayList<>();
    private final List<Boolean> threadHot = new ArrayList<>();

    Discussions plan(List<Follow> follows) {
      Preset preset = dataset.preset();
      int[] counts = threadsPerCommunity(preset);
      int[] hot = hotPerCommunity(preset, counts);
      for (int c = 0; c < communityCount; c++) {
        for (int j = 0; j < counts[c]; j++) {
          threadCommunity.add(c);
          threadHot.add(j < hot[c]);
        }
      }
      int threadTotal = threadCommunity.size();
      int[] replies = new int[threadTotal];
      int[] nested = new int[threadTotal];
      long hotReplies = 0;
      for (int t = 0; t < threadTotal; t++) {
        if (threadHot.get(t)) {
          int top = HOT_MIN_TOP_LEVEL + random.nextInt(201);
          nested[t] = random.nextInt(top / 5 + 1);
          replies[t] = top + nested[t];
          hotReplies += replies[t];
        }
      }
      long ordinary = (long) preset.posts() - threadTotal - hotReplies;
      if (ordinary < 0) {
        throw new IllegalStateException(
            "Preset " + preset + " has too few posts for its threads and hot threads");
      }
      spread(ordinary, replies);
      return build(follows, replies, nested);
    }

    private int[] threadsPerCommunity(Preset preset) {
      int[] counts = new int[communityCount];
      double[] byMembers = new double[communityCount];
      double sum = 0;
      for (int c = 0; c < communityCount; c++) {
        sum += members[c].length;
        byMembers[c] = sum;
      }
      int base = preset.threads() >= communityCount ? 1 : 0;
      Arrays.fill(counts, base);
      for (int t = base * communityCount; t < preset.threads(); t++) {
        counts[pick(byMembers)]++;
      }
      return counts;
    }

    /** Hot threads go round the largest open communities, which then have enough threads. */
    private int[] hotPerCommunity(Preset preset, int[] counts) {
      List<Integer> open = new ArrayList<>();
      for (int c = 0; c < communityCount; c++) {
        if (visibility[c].equals("OPEN")) {
          open.add(c);
        }
      }
      open.sort(Comparator.comparingInt((Integer c) -> -members[c].length).thenComparing(c -> c));
      List<Integer> largest = open.subList(0, Math.min(10, open.size()));
      int[] hot = new int[communityCount];
      for (int h = 0; h < preset.hotThreads(); h++) {
        int c = largest.get(h % largest.size());
        hot[c]++;
        if (counts[c] < hot[c]) {
          // Borrow a thread from the community with the most, so that the total stays exact.
          int richest = 0;
          for (int other = 1; other < communityCount; other++) {
            richest = counts[other] - hot[other] > counts[richest] - hot[richest] ? other : richest;
          }
          counts[richest]--;
          counts[c]++;
        }
      }
      return hot;
    }

    /** Adds {@code total} replies over the threads without any, exponentially distributed. */
    private void spread(long total, int[] replies) {
      List<Integer> targets = new ArrayList<>();
      for (int t = 0; t < replies.length; t++) {
        if (!threadHot.get(t)) {
          targets.add(t);
        }
      }
      if (targets.isEmpty()) {
        return;
      }
      double[] weight = new double[targets.size()];
      double sum = 0;
      for (int i = 0; i < weight.length; i++) {
        weight[i] = -Math.log(1 - random.nextDouble());
        sum += weight[i];
      }
      long given = 0;
      for (int i = 0; i < weight.length; i++) {
        int share = (int) (total * weight[i] / sum);
        replies[targets.get(i)] = share;
        given += share;
      }
      for (long rest = total - given; rest > 0; rest--) {
        replies[targets.get(random.nextInt(targets.size()))]++;
      }
    }

    private Discussions build(List<Follow> follows, int[] replies, int[] nestedHot) {
      int threadTotal = replies.length;
      long threadsFrom = THREADS_FROM.toEpochMilli();
      long end = END.toEpochMilli();
      long[] started = new long[threadTotal];
      int[] author = new int[threadTotal];
      boolean[] question = new boolean[threadTotal];
      List<Draft> drafts = new ArrayList<>();
      List<Map<Integer, Long>> lastPostBy = new ArrayList<>();
      for (int t = 0; t < threadTotal; t++) {
        int c = threadCommunity.get(t);
        boolean hot = threadHot.get(t);
        started[t] = threadsFrom + random.nextLong(hot ? 150 * DAY : end - threadsFrom - 2 * DAY);
        author[t] = members[c][random.nextInt(members[c].length)];
        question[t] = !hot && random.nextDouble() < QUESTION_SHARE;
        long span = Math.min(end - started[t] - MINUTE, hot ? 60 * DAY : 21 * DAY);
        long[] times = new long[replies[t]];
        for (int k = 0; k < times.length; k++) {
          times[k] = started[t] + MINUTE + random.nextLong(span);
        }
        Arrays.sort(times);
        boolean[] isNested = nestedPattern(replies[t], hot ? nestedHot[t] : -1);
        Map<Integer, Long> posters = new LinkedHashMap<>();
        posters.put(author[t], started[t]);
        drafts.add(new Draft(t, 0, started[t], author[t], -1));
        List<Integer> topLevel = new ArrayList<>();
        for (int k = 0; k < times.length; k++) {
          int seq = k + 1;
          int replier =
              random.nextDouble() < 0.15
                  ? author[t]
                  : members[c][random.nextInt(members[c].length)];
          int parent = -1;
          if (isNested[k] && !topLevel.isEmpty()) {
            parent = topLevel.get(random.nextInt(topLevel.size()));
          } else {
            topLevel.add(seq);
          }
          drafts.add(new Draft(t, seq, times[k], replier, parent));
          posters.put(replier, times[k]);
        }
        lastPostBy.add(posters);
      }
      drafts.sort(
          Comparator.comparingLong(Draft::time)
              .thenComparingInt(Draft::thread)
              .thenComparingInt(Draft::seq));

      // Thread ids in order of creation, post ids in order of time.
      Integer[] byStart = new Integer[threadTotal];
      for (int t = 0; t < threadTotal; t++) {
        byStart[t] = t;
      }
      Arrays.sort(
          byStart, Comparator.comparingLong((Integer t) -> started[t]).thenComparing(t -> t));
      int[] threadId = new int[threadTotal];
      for (int rank = 0; rank < threadTotal; rank++) {
        threadId[byStart[rank]] = rank + 1;
      }
      int[][] postId = new int[threadTotal][];
      for (int t = 0; t < threadTotal; t++) {
        postId[t] = new int[replies[t] + 1];
      }
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        postId[d.thread()][d.seq()] = i + 1;
      }

      List<Post> posts = new ArrayList<>(drafts.size());
      List<Reaction> reactions = new ArrayList<>();
      long[] lastPost = new long[threadTotal];
      List<List<Draft>> answers = new ArrayList<>();
      for (int t = 0; t < threadTotal; t++) {
        answers.add(question[t] ? new ArrayList<>() : List.of());
      }
      for (Draft d : drafts) {
        int c = threadCommunity.get(d.thread());
        int id = postId[d.thread()][d.seq()];
        int likes = likes(c, d, id, reactions);
        String mention = null;
        if (members[c].length > 1 && random.nextDouble() < 0.03) {
          int other = members[c][random.nextInt(members[c].length)];
          mention = other == d.author() ? null : username(other);
        }
        posts.add(
            new Post(
                id,
                threadId[d.thread()],
                c + 1,
                d.parentSeq() < 0 ? 0 : postId[d.thread()][d.parentSeq()],
                d.seq() == 0,
                username(d.author()),
                d.time(),
                likes,
                mention));
        lastPost[d.thread()] = Math.max(lastPost[d.thread()], d.time());
        if (question[d.thread()]
            && d.seq() > 0
            && d.parentSeq() < 0
            && d.author() != author[d.thread()]) {
          answers.get(d.thread()).add(d);
        }
      }

      record Event(long at, int postId, int kind, int thread, int actor) {}
      List<Event> events = new ArrayList<>(drafts.size() + threadTotal / 8);
      for (Draft d : drafts) {
        events.add(
            new Event(
                d.time(),
                postId[d.thread()][d.seq()],
                d.seq() == 0 ? 0 : 1,
                d.thread(),
                d.author()));
      }
      int[] accepted = new int[threadTotal];
      long[] lastActivity = lastPost.clone();
      for (int t = 0; t < threadTotal; t++) {
        List<Draft> candidates = answers.get(t);
        if (!candidates.isEmpty() && random.nextDouble() < 0.6) {
          Draft answer = candidates.get(random.nextInt(candidates.size()));
          accepted[t] = postId[t][answer.seq()];
          long at = answer.time() + 10 * MINUTE + random.nextLong(2 * DAY);
          lastActivity[t] = Math.max(lastActivity[t], at);
          events.add(new Event(at, accepted[t], 2, t, author[t]));
        }
      }
      events.sort(
          Comparator.comparingLong(Event::at)
              .thenComparingInt(Event::postId)
              .thenComparingInt(Event::kind));
      List<Activity> activities = new ArrayList<>(events.size());
      String[] kinds = {"THREAD_STARTED", "REPLY_POSTED", "ANSWER_ACCEPTED"};
      for (Event e : events) {
        activities.add(
            new Activity(
                activities.size() + 1,
                kinds[e.kind()],
                threadCommunity.get(e.thread()) + 1,
                threadId[e.thread()],
                e.postId(),
                username(e.actor()),
                e.at()));
      }

      List<Thread> threads = new ArrayList<>(threadTotal);
      List<Follower> followers = new ArrayList<>();
      List<ThreadRead> reads = new ArrayList<>();
      for (int rank = 0; rank < threadTotal; rank++) {
        int t = byStart[rank];
        int c = threadCommunity.get(t);
        DiscussionTexts.Topic topic = DiscussionTexts.topicOf(c);
        threads.add(
            new Thread(
                threadId[t],
                c + 1,
                username(author[t]),
                DiscussionTexts.title(topic, question[t], random),
                question[t] ? "QUESTION" : "DISCUSSION",
                !threadHot.get(t) && random.nextDouble() < 0.02,
                accepted[t],
                started[t],
                lastActivity[t],
                replies[t]));
        for (Map.Entry<Integer, Long> poster : lastPostBy.get(t).entrySet()) {
          String name = username(poster.getKey());
          followers.add(new Follower(threadId[t], name));
          if (random.nextDouble() < 0.35) {
            long own = poster.getValue();
            long read =
                random.nextBoolean()
                    ? lastActivity[t]
                    : own + random.nextLong(lastActivity[t] - own + 1);
            reads.add(new ThreadRead(threadId[t], name, read));
          }
        }
      }

      List<Community> communities = new ArrayList<>(communityCount);
      long[] communityLast = createdAt.clone();
      int[] threadCounts = new int[communityCount];
      for (int t = 0; t < threadTotal; t++) {
        int c = threadCommunity.get(t);
        threadCounts[c]++;
        communityLast[c] = Math.max(communityLast[c], lastActivity[t]);
      }
      for (int c = 0; c < communityCount; c++) {
        DiscussionTexts.Topic topic = DiscussionTexts.topicOf(c);
        List<String> tags = new ArrayList<>(topic.tags());
        Collections.shuffle(tags, new java.util.Random(random.nextLong()));
        communities.add(
            new Community(
                c + 1,
                DiscussionTexts.communityName(c),
                DiscussionTexts.description(topic),
                topic.category(),
                visibility[c],
                username(owner[c]),
                createdAt[c],
                List.copyOf(tags.subList(0, 1 + random.nextInt(tags.size()))),
                members[c].length,
                threadCounts[c],
                communityLast[c]));
      }
      return new Discussions(
          communities,
          List.copyOf(memberships),
          threads,
          posts,
          reactions,
          followers,
          reads,
          follows,
          activities);
    }

    /**
     * Which replies answer a top-level reply: exactly {@code nested} of them for a hot thread (so
     * it keeps its 200 top-level replies), else about a fifth; never the first.
     */
    private boolean[] nestedPattern(int replies, int nested) {
      boolean[] pattern = new boolean[replies];
      if (nested < 0) {
        for (int k = 1; k < replies; k++) {
          pattern[k] = random.nextDouble() < NESTED_SHARE;
        }
        return pattern;
      }
      for (int placed = 0; placed < nested; ) {
        int k = 1 + random.nextInt(replies - 1);
        if (!pattern[k]) {
          pattern[k] = true;
          placed++;
        }
      }
      return pattern;
    }

    /** Most posts have no like; the others a few, from distinct members other than the author. */
    private int likes(int community, Draft draft, int postId, List<Reaction> reactions) {
      int[] candidates = members[community];
      if (candidates.length < 2 || random.nextDouble() < 0.55) {
        return 0;
      }
      int wanted = 1 + (int) (-Math.log(1 - random.nextDouble()) * 2.5);
      wanted = Math.min(Math.min(wanted, 60), candidates.length - 1);
      Set<Integer> likers = new HashSet<>();
      for (int attempts = 0; likers.size() < wanted && attempts < wanted * 20; attempts++) {
        int person = candidates[random.nextInt(candidates.length)];
        if (person != draft.author()) {
          likers.add(person);
        }
      }
      List<Integer> sorted = new ArrayList<>(likers);
      Collections.sort(sorted);
      for (int person : sorted) {
        reactions.add(
            new Reaction(
                postId, username(person), draft.time() + MINUTE + random.nextLong(3 * DAY)));
      }
      return sorted.size();
    }
  }
}
