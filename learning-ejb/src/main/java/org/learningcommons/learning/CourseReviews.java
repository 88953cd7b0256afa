package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.learning.CourseViews.ReviewView;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/**
 * Ratings and reviews: a person with an enrolment on the course (in any status) rates it 1 to 5,
 * with an optional plain-text review, once; rating again replaces their review. The course keeps
 * the count and sum for the catalogue, updated in place so that a rating never collides with an
 * author's edit of the description.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class CourseReviews {

  public static final int MAX_TEXT = 4_000;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;

  /** Rates (or rates again) the course; returns the caller's review as stored. */
  public ReviewView review(long courseId, int rating, String text) {
    gate.course(courseId);
    String me = gate.caller();
    if (rating < 1 || rating > 5) {
      throw new RejectedInputException(
          "rating", "refusal.review.rating", "The rating is a number from 1 to 5.");
    }
    String body = text == null || text.isBlank() ? null : text.strip();
    if (body != null && body.length() > MAX_TEXT) {
      throw new RejectedInputException(
          "text",
          "refusal.review.text",
          "The review is longer than " + MAX_TEXT + " characters.",
          MAX_TEXT);
    }
    // Locking the person's enrolments keeps two ratings of theirs from both counting as first.
    List<Enrolment> enrolments =
        em.createQuery(
                "select e from Enrolment e where e.courseId = :c and e.username = :u",
                Enrolment.class)
            .setParameter("c", courseId)
            .setParameter("u", me)
            .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (enrolments.isEmpty()) {
      throw new NotPermittedException(
          "refusal.review.enrolFirst", "Only the course's learners rate and review it.");
    }
    List<?> previous =
        em.createNativeQuery(
                "select rating from course_review where course_id = ?1 and username = ?2")
            .setParameter(1, courseId)
            .setParameter(2, me)
            .getResultList();
    Instant now = Instant.now();
    em.createNativeQuery(
            "insert into course_review (course_id, username, rating, text, created_at, updated_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?5) on conflict (course_id, username) do update"
                + " set rating = excluded.rating, text = excluded.text,"
                + " updated_at = excluded.updated_at")
        .setParameter(1, courseId)
        .setParameter(2, me)
        .setParameter(3, rating)
        .setParameter(4, body)
        .setParameter(5, timestamp(now))
        .executeUpdate();
    int before = previous.isEmpty() ? 0 : intValue(previous.get(0));
    em.createNativeQuery(
            "update course set rating_count = rating_count + ?1, rating_sum = rating_sum + ?2"
                + " where id = ?3")
        .setParameter(1, previous.isEmpty() ? 1 : 0)
        .setParameter(2, rating - before)
        .setParameter(3, courseId)
        .executeUpdate();
    return new ReviewView(me, gate.names(List.of(me)).getOrDefault(me, me), rating, body, now);
  }

  /** The caller's review of the course, or null. */
  public ReviewView mine(long courseId) {
    gate.course(courseId);
    List<ReviewView> found = rows(courseId, gate.caller(), new PageRequest(0, 1));
    return found.isEmpty() ? null : found.get(0);
  }

  /** Reviews of a course the caller may see, newest first. */
  public Page<ReviewView> reviews(long courseId, @NotNull PageRequest page) {
    long total = count(courseId);
    return new Page<>(rows(courseId, null, page), total, page.offset());
  }

  /** How many people reviewed a course the caller may see. */
  public long count(long courseId) {
    gate.course(courseId);
    return longValue(
        em.createNativeQuery("select count(*) from course_review where course_id = ?1")
            .setParameter(1, courseId)
            .getSingleResult());
  }

  private List<ReviewView> rows(long courseId, String username, PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select username, rating, text, updated_at from course_review"
                    + " where course_id = ?1 and (cast(?2 as varchar) is null or username = ?2)"
                    + " order by updated_at desc, id desc offset ?3 limit ?4")
            .setParameter(1, courseId)
            .setParameter(2, username)
            .setParameter(3, page.offset())
            .setParameter(4, page.limit())
            .getResultList();
    Map<String, String> names = gate.names(rows.stream().map(r -> string(r[0])).toList());
    return rows.stream()
        .map(
            r ->
                new ReviewView(
                    string(r[0]),
                    names.getOrDefault(string(r[0]), string(r[0])),
                    intValue(r[1]),
                    string(r[2]),
                    instant(r[3])))
        .toList();
  }
}
