package org.learningcommons.bench.dataset;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The announcements of a dataset (schema V4), planned in memory from the seed: the active ones
 * (published, not expired, whatever the clock says after {@link #END}), the history of expired ones
 * and a few scheduled years ahead. Audiences mix everyone, one to three departments, communities,
 * reporting lines of managers and roles; a few are critical, some ask for acknowledgement by a due
 * date. Receipts are not planned here: they follow from each audience, which the database resolves
 * (see {@link AnnouncementStep}), with the read and acknowledged shares planned here.
 *
 * <p>The first announcement is the big one: to everyone, critical, acknowledgement due, about 70%
 * of the staff have read it and 50% acknowledged it, spread over the departments.
 */
final class AnnouncementPlan {

  /**
   * Generated announcements were all created by then (the end of the generated history); the
   * application creates later ones with the real clock. Active ones never expire before {@link
   * #ACTIVE_UNTIL}, scheduled ones appear after it, so the phases hold for years.
   */
  static final Instant END = DiscussionPlanner.END;

  static final Instant ACTIVE_UNTIL = END.plus(Duration.ofDays(3 * 365));

  private static final Instant HISTORY_FROM = Dataset.EPOCH.plus(Duration.ofDays(1));
  private static final long HOUR = 3_600_000L;
  private static final long DAY = 24 * HOUR;

  /** Shares of everyone among active and expired announcements, besides the big one. */
  private static final int EVERYONE_PER = 200;

  /** The audience of one announcement: a union of its criteria. */
  record Audience(
      boolean everyone,
      List<String> departments,
      List<String> roles,
      List<Integer> communities,
      List<String> managers) {

    /** The kind of audience for the summary and the journey data. */
    String kind() {
      if (everyone) {
        return "everyone";
      }
      List<String> kinds = new ArrayList<>();
      if (!departments.isEmpty()) {
        kinds.add("departments");
      }
      if (!roles.isEmpty()) {
        kinds.add("roles");
      }
      if (!communities.isEmpty()) {
        kinds.add("communities");
      }
      if (!managers.isEmpty()) {
        kinds.add("reporting lines");
      }
      return String.join("+", kinds);
    }
  }

  /**
   * One planned announcement.
   *
   * @param id 1-based; the row's id is this plus the ids already taken
   * @param createdBy an HR member, or for a community audience the community's owner ({@code null}
   *     here: the step takes the owner from the loaded community)
   * @param readPercent the share of the audience with a receipt (none for scheduled ones)
   * @param acknowledgedPercent the share of the audience whose receipt is acknowledged, at most
   *     {@code readPercent}
   */
  record Announcement(
      int id,
      String title,
      String body,
      String priority,
      String createdBy,
      Instant createdAt,
      Instant publishAt,
      Instant expireAt,
      boolean pinned,
      boolean acknowledgementRequired,
      Instant acknowledgementDueAt,
      Audience audience,
      int readPercent,
      int acknowledgedPercent) {}

  private enum Phase {
    ACTIVE,
    EXPIRED,
    SCHEDULED
  }

  private static final String[] TOPICS = {
    "New expense policy",
    "Office closure on the public holiday",
    "Information security training",
    "Quarterly town hall",
    "Updated travel guidelines",
    "Fire drill next week",
    "Payroll calendar",
    "New learning paths available",
    "Change to flexible working",
    "System maintenance window",
    "Health and safety reminder",
    "Annual compliance attestation",
    "Welcome our new colleagues",
    "Parking changes",
    "Code of conduct update",
    "Mentoring programme opens"
  };

  private final Dataset dataset;
  private final int communities;
  private final SplittableRandom random;
  private final List<Person> hr;
  private final List<Person> managers;
  private final List<Announcement> announcements = new ArrayList<>();

  private AnnouncementPlan(Dataset dataset, int communities) {
    this.dataset = dataset;
    this.communities = communities;
    this.random = dataset.random("announcements");
    this.hr = dataset.hr().isEmpty() ? dataset.admins() : dataset.hr();
    // Not the chief executive: their reporting line is everyone.
    this.managers = dataset.managers().stream().filter(p -> p.index() != Organisation.CEO).toList();
  }

  /**
   * @param communities the number of generated communities, to which community audiences point by
   *     position (0 to communities - 1 in id order)
   */
  static List<Announcement> plan(Dataset dataset, int communities) {
    AnnouncementPlan plan = new AnnouncementPlan(dataset, communities);
    Preset preset = dataset.preset();
    plan.bigOne();
    plan.add(Phase.ACTIVE, preset.activeAnnouncements() - 1);
    plan.add(Phase.EXPIRED, preset.expiredAnnouncements());
    plan.add(Phase.SCHEDULED, preset.scheduledAnnouncements());
    return Collections.unmodifiableList(plan.announcements);
  }

  private void bigOne() {
    Instant publishAt = END.minus(Duration.ofDays(10));
    announcements.add(
        new Announcement(
            1,
            "Mandatory: new data protection rules apply to everyone",
            body(0),
            "CRITICAL",
            hr.get(0).username(),
            publishAt.minus(Duration.ofHours(2)),
            publishAt,
            null,
            true,
            true,
            END.plus(Duration.ofDays(30)),
            new Audience(true, List.of(), List.of(), List.of(), List.of()),
            70,
            50));
  }

  private void add(Phase phase, int count) {
    for (int i = 0; i < count; i++) {
      int id = announcements.size() + 1;
      Audience audience = audience(phase, i);
      Instant publishAt;
      Instant expireAt;
      switch (phase) {
        case ACTIVE -> {
          publishAt = between(DiscussionPlanner.THREADS_FROM, END.minus(Duration.ofHours(1)));
          expireAt =
              random.nextInt(100) < 60
                  ? null
                  : ACTIVE_UNTIL.plus(Duration.ofDays(random.nextInt(365)));
        }
        case EXPIRED -> {
          publishAt = between(HISTORY_FROM, END.minus(Duration.ofDays(8)));
          expireAt = publishAt.plus(Duration.ofDays(7 + random.nextInt(60)));
          if (expireAt.isAfter(END)) {
            expireAt = END;
          }
        }
        default -> {
          publishAt = ACTIVE_UNTIL.plus(Duration.ofDays(1 + random.nextInt(90)));
          expireAt =
              random.nextBoolean() ? null : publishAt.plus(Duration.ofDays(7 + random.nextInt(60)));
        }
      }
      Instant createdAt =
          phase == Phase.SCHEDULED
              ? between(END.minus(Duration.ofDays(20)), END)
              : publishAt.minusMillis(random.nextLong(3 * DAY));
      if (createdAt.isBefore(Dataset.EPOCH)) {
        createdAt = Dataset.EPOCH;
      }
      int p = random.nextInt(1000);
      String priority = p < 5 ? "CRITICAL" : p < 150 ? "IMPORTANT" : "NORMAL";
      boolean acknowledgement = priority.equals("CRITICAL") || random.nextInt(100) < 20;
      Instant due = null;
      if (acknowledgement && random.nextInt(100) < 80) {
        due =
            switch (phase) {
              case ACTIVE -> END.plus(Duration.ofDays(14 + random.nextInt(170)));
              case EXPIRED -> publishAt.plus(Duration.ofDays(3 + random.nextInt(4)));
              case SCHEDULED -> publishAt.plus(Duration.ofDays(14 + random.nextInt(30)));
            };
      }
      int read =
          switch (phase) {
            case ACTIVE -> 10 + random.nextInt(81);
            case EXPIRED -> 40 + random.nextInt(56);
            case SCHEDULED -> 0;
          };
      int acknowledged = acknowledgement ? read * (50 + random.nextInt(46)) / 100 : 0;
      String topic = TOPICS[random.nextInt(TOPICS.length)];
      announcements.add(
          new Announcement(
              id,
              topic + " (" + audience.kind() + ", #" + id + ")",
              body(id),
              priority,
              audience.communities().isEmpty() ? hrMember().username() : null,
              createdAt,
              publishAt,
              expireAt,
              random.nextInt(100) < 3,
              acknowledgement,
              due,
              audience,
              read,
              acknowledged));
    }
  }

  /** Everyone for one in 200, else mostly departments, then communities, managers and roles. */
  private Audience audience(Phase phase, int i) {
    if (phase != Phase.SCHEDULED && i % EVERYONE_PER == EVERYONE_PER - 1) {
      return new Audience(true, List.of(), List.of(), List.of(), List.of());
    }
    int kind = random.nextInt(100);
    List<String> departments = List.of();
    List<String> roles = List.of();
    List<Integer> inCommunities = List.of();
    List<String> lines = List.of();
    if (kind < 65 || communities == 0) {
      int n = random.nextInt(100);
      departments = departments(n < 60 ? 1 : n < 85 ? 2 : 3);
    } else if (kind < 80) {
      // One community: its owner publishes (moderators address their own communities only).
      inCommunities = List.of(random.nextInt(communities));
    } else if (kind < 90) {
      lines = List.of(manager());
    } else if (kind < 95) {
      int r = random.nextInt(10);
      roles = r < 6 ? List.of("MANAGER") : r < 9 ? List.of("HR") : List.of("ADMIN");
    } else {
      departments = departments(1);
      lines = List.of(manager());
    }
    return new Audience(false, departments, roles, inCommunities, lines);
  }

  private List<String> departments(int n) {
    List<String> all = dataset.departments();
    Set<String> picked = new LinkedHashSet<>();
    while (picked.size() < Math.min(n, all.size())) {
      picked.add(all.get(random.nextInt(all.size())));
    }
    return List.copyOf(picked);
  }

  /** Team leads mostly (about 8 reports), department heads (hundreds) now and then. */
  private String manager() {
    if (managers.isEmpty()) {
      return dataset.person(Organisation.CEO).username();
    }
    for (int attempt = 0; attempt < 3; attempt++) {
      Person candidate = managers.get(random.nextInt(managers.size()));
      boolean head = candidate.managerIndex() == Organisation.CEO;
      if (!head || random.nextInt(100) < 30) {
        return candidate.username();
      }
    }
    return managers.get(random.nextInt(managers.size())).username();
  }

  private Person hrMember() {
    return hr.get(random.nextInt(hr.size()));
  }

  private Instant between(Instant from, Instant to) {
    return from.plusMillis(random.nextLong(Math.max(1, to.toEpochMilli() - from.toEpochMilli())));
  }

  /** Sanitised HTML as the application stores it: a few paragraphs and a list. */
  static String body(int id) {
    return "<p>Dear colleagues,</p><p>this announcement (#"
        + id
        + ") explains what changes, from when and what you need to do. Please read it to the"
        + " end and ask your manager if anything is unclear.</p><ul><li>What changes</li>"
        + "<li>Who is affected</li><li>Where to find help</li></ul><p>Thank you.</p>";
  }
}
