package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningcommons.learning.CourseViews.ProgressView;

/** Reads and writes of a learner's progress that the reading and progress use cases share. */
final class LearnerState {

  private LearnerState() {}

  /** Attempts used and the best submitted score of one quiz. */
  record QuizTally(int used, Integer best) {}

  /** The course's items in course order: by module, then by place in the module. */
  static List<CourseItem> items(EntityManager em, long courseId) {
    return em.createQuery(
            "select i from CourseItem i, CourseModule m where m.id = i.moduleId"
                + " and i.courseId = :c order by m.position, m.id, i.position, i.id",
            CourseItem.class)
        .setParameter("c", courseId)
        .getResultList();
  }

  /** The person's enrolment on the course to show: the active one, else the latest; or null. */
  static Enrolment shown(EntityManager em, long courseId, String username) {
    List<Enrolment> all =
        em.createQuery(
                "select e from Enrolment e where e.courseId = :c and e.username = :u"
                    + " order by e.enrolledAt desc, e.id desc",
                Enrolment.class)
            .setParameter("c", courseId)
            .setParameter("u", username)
            .setMaxResults(50)
            .getResultList();
    return all.stream()
        .filter(Enrolment::isActive)
        .findFirst()
        .orElse(all.isEmpty() ? null : all.get(0));
  }

  /** Ids of the items done (lessons) or passed (quizzes) on the enrolment. */
  static Set<Long> done(EntityManager em, Enrolment enrolment) {
    Set<Long> done = new HashSet<>();
    if (enrolment == null) {
      return done;
    }
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("select item_id from item_progress where enrolment_id = ?1")
            .setParameter(1, enrolment.getId())
            .getResultList();
    rows.forEach(r -> done.add(longValue(r)));
    return done;
  }

  /** Attempts per quiz on the enrolment. */
  static Map<Long, QuizTally> tallies(EntityManager em, Enrolment enrolment) {
    Map<Long, QuizTally> tallies = new HashMap<>();
    if (enrolment == null) {
      return tallies;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select item_id, count(*), max(score) from quiz_attempt where enrolment_id = ?1"
                    + " group by item_id")
            .setParameter(1, enrolment.getId())
            .getResultList();
    for (Object[] r : rows) {
      tallies.put(
          longValue(r[0]), new QuizTally(intValue(r[1]), r[2] == null ? null : intValue(r[2])));
    }
    return tallies;
  }

  /** The person's active enrolment on the course, locked until the transaction ends; or null. */
  static Enrolment lockedActive(EntityManager em, long courseId, String username) {
    return em.createQuery(
            "select e from Enrolment e where e.courseId = :c and e.username = :u"
                + " and e.status = org.learningcommons.learning.EnrolmentStatus.ACTIVE",
            Enrolment.class)
        .setParameter("c", courseId)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Records the completion when the enrolment's progress now completes the course: the one place a
   * learner's own work completes a course, always checked against the stored progress.
   */
  static ProgressView completeIfDone(
      EntityManager em,
      CompletionRecorder recorder,
      Course course,
      Enrolment enrolment,
      Instant now) {
    List<CourseItem> items = items(em, course.getId());
    Set<Long> done = done(em, enrolment);
    if (!CourseCompletionRule.isComplete(items, done)) {
      return new ProgressView(CourseCompletionRule.percentDone(items, done), false, null, null);
    }
    Completion completion =
        recorder.record(
            course,
            enrolment.getUsername(),
            enrolment,
            now,
            course.getDurationMinutes(),
            CompletionSource.COURSE,
            enrolment.getUsername());
    return new ProgressView(100, true, completion.getId(), completion.getVerificationCode());
  }

  /** Notes the item done on the enrolment; false when it was done already. */
  static boolean markDone(EntityManager em, Enrolment enrolment, long itemId, Instant now) {
    return em.createNativeQuery(
                "insert into item_progress (enrolment_id, item_id, completed_at)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, enrolment.getId())
            .setParameter(2, itemId)
            .setParameter(3, timestamp(now))
            .executeUpdate()
        > 0;
  }
}
