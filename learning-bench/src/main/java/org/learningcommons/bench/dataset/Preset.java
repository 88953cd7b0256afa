package org.learningcommons.bench.dataset;

import java.util.Locale;

/**
 * Dataset sizes, named and sized like Moodle's performance presets so that results compare. Later
 * kinds of data (courses, enrolments) add their numbers here.
 *
 * <p>Discussion volumes follow issue 4's target (L: about 400 communities, 20,000 threads and
 * 300,000 posts) and grow roughly with the staff from there. Each preset has a few hot threads of
 * 200 to 480 replies, so the thread page's paging (50 replies a page) has pages to turn on every
 * preset; the smaller presets' post totals leave room for them.
 *
 * <p>Announcements follow issue 5's target (XL: 50,000 staff and about 2,000 active announcements),
 * with a history of expired ones and a few scheduled ones.
 *
 * <p>Learning follows issue 6's target (L: a catalogue of 2,000 courses, about five enrolments per
 * member of staff, and a few people whose record holds 500 completions): see {@link #learning()}.
 *
 * <p>Reporting follows issue 7's target (XL: about 1,000,000 assignment rows): see {@link
 * #mandatoryCourses()}.
 */
public enum Preset {
  S(100, 8, 8, 60, 1_000, 1, 20, 40, 3),
  M(1_000, 20, 40, 1_500, 20_000, 3, 200, 400, 20),
  L(10_000, 60, 400, 20_000, 300_000, 20, 1_000, 2_000, 50),
  XL(50_000, 150, 1_500, 100_000, 1_500_000, 60, 2_000, 3_500, 100);

  private final int staff;
  private final int departments;
  private final int communities;
  private final int threads;
  private final int posts;
  private final int hotThreads;
  private final int activeAnnouncements;
  private final int expiredAnnouncements;
  private final int scheduledAnnouncements;

  Preset(
      int staff,
      int departments,
      int communities,
      int threads,
      int posts,
      int hotThreads,
      int activeAnnouncements,
      int expiredAnnouncements,
      int scheduledAnnouncements) {
    this.staff = staff;
    this.departments = departments;
    this.communities = communities;
    this.threads = threads;
    this.posts = posts;
    this.hotThreads = hotThreads;
    this.activeAnnouncements = activeAnnouncements;
    this.expiredAnnouncements = expiredAnnouncements;
    this.scheduledAnnouncements = scheduledAnnouncements;
  }

  /** Announcements showing now (published, not expired); issue 5 sizes XL at about 2,000. */
  public int activeAnnouncements() {
    return activeAnnouncements;
  }

  /** Announcements that have expired: the history. */
  public int expiredAnnouncements() {
    return expiredAnnouncements;
  }

  /** Announcements scheduled to appear later. */
  public int scheduledAnnouncements() {
    return scheduledAnnouncements;
  }

  /** Communities: about 70% open, 20% restricted, 10% private. */
  public int communities() {
    return communities;
  }

  /** Discussion threads over all communities; every community has at least one. */
  public int threads() {
    return threads;
  }

  /** Posts over all threads: one opening post per thread, the rest replies. */
  public int posts() {
    return posts;
  }

  /** Threads with at least 200 top-level replies, in the largest open communities. */
  public int hotThreads() {
    return hotThreads;
  }

  /** People in the directory and in {@code staff_member}, the chief executive included. */
  public int staff() {
    return staff;
  }

  /** Departments, the Executive Office included. */
  public int departments() {
    return departments;
  }

  /**
   * The learning volumes of a preset.
   *
   * @param courses courses in the catalogue, all statuses (about 90% published)
   * @param enrolmentsPerPerson enrolments per member of staff on average (at least one each)
   * @param reviews course reviews (ratings with an optional text) over all courses
   * @param recordPeople people with a long record of development, for the record target
   * @param recordEntries completions on each of their records
   */
  public record Learning(
      int courses, int enrolmentsPerPerson, int reviews, int recordPeople, int recordEntries) {}

  /** Courses, enrolments, reviews and long records (issue 6). */
  public Learning learning() {
    return switch (this) {
      case S -> new Learning(100, 3, 30, 1, 50);
      case M -> new Learning(500, 4, 150, 2, 300);
      case L -> new Learning(2_000, 5, 500, 5, 500);
      case XL -> new Learning(5_000, 5, 1_500, 10, 500);
    };
  }

  /**
   * Mandatory courses, each assigned to everybody by one rule (issue 7): XL's 20 courses for 50,000
   * staff make the million assignment rows the compliance reports are measured on.
   */
  public int mandatoryCourses() {
    return switch (this) {
      case S -> 4;
      case M -> 6;
      case L -> 10;
      case XL -> 20;
    };
  }

  /** Reads a preset name in any case, e.g. {@code l} or {@code XL}. */
  public static Preset parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown preset '" + name + "': use S, M, L or XL", e);
    }
  }
}
