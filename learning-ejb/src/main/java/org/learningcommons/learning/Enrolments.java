package org.learningcommons.learning;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;
import org.learningcommons.people.Usernames;

/**
 * Enrolment by others: a manager enrols people below them in the reporting line, HR and
 * administrators enrol anyone, with an optional due date, several people in one call (one
 * transaction); and the one who enrolled them (or HR) withdraws such an enrolment.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class Enrolments {

  /** People per call. */
  public static final int MAX_PEOPLE = 500;

  /** Everyone below the manager bound to ?1, at any depth (UNION stops at cycles). */
  static final String TEAM =
      "with recursive team(username) as ("
          + " select s.username from staff_member s where s.manager_username = ?1"
          + " union select s.username from staff_member s join team t"
          + " on s.manager_username = t.username) ";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @EJB EnrolmentRecorder recorder;
  @EJB NotificationCentre notifications;
  @Inject AuditTrail audit;

  /**
   * Enrols the people on the course. Refused as a whole (403) when the caller is neither HR nor
   * above every one of them; a course the caller may not see is not found.
   *
   * @param dueAt when it must be completed, or null; not in the past
   */
  public EnrolmentReport enrol(long courseId, List<String> usernames, Instant dueAt) {
    Instant now = Instant.now();
    if (usernames == null || usernames.isEmpty()) {
      throw new RejectedInputException(
          "usernames", "refusal.enrolment.nobody", "Name at least one person to enrol.");
    }
    if (usernames.size() > MAX_PEOPLE) {
      throw new RejectedInputException(
          "usernames",
          "refusal.enrolment.tooMany",
          "At most " + MAX_PEOPLE + " people per call.",
          MAX_PEOPLE);
    }
    if (dueAt != null && !dueAt.isAfter(now)) {
      throw new RejectedInputException(
          "dueAt", "refusal.enrolment.duePast", "The due date must lie in the future.");
    }
    Course course = gate.course(courseId);
    if (!course.isOpen()) {
      throw new RejectedInputException(
          "courseId", "refusal.enrolment.courseClosed", "Only a published course takes learners.");
    }
    String me = gate.caller();
    boolean hr = gate.callerIsHr();
    List<EnrolmentReport.Skipped> skipped = new ArrayList<>();
    Set<String> wanted = new LinkedHashSet<>();
    for (String raw : usernames) {
      String username =
          Usernames.acceptable(raw)
              .orElseThrow(
                  () ->
                      new RejectedInputException(
                          "usernames",
                          "refusal.enrolment.badName",
                          "A user name is empty or not valid."));
      if (!wanted.add(username)) {
        skipped.add(new EnrolmentReport.Skipped(username, "DUPLICATE", null));
      }
    }
    if (!hr) {
      Set<String> team = team(me);
      if (!team.containsAll(wanted)) {
        throw new NotPermittedException(
            "refusal.enrolment.notYourReport",
            "Managers enrol only people below them in the reporting line.");
      }
    }
    Map<String, Boolean> known = activeByUsername(wanted);
    Map<String, Long> alreadyOn = activeEnrolments(courseId, wanted);
    EnrolmentOrigin origin = hr ? EnrolmentOrigin.HR : EnrolmentOrigin.MANAGER;
    List<EnrolmentReport.Enrolled> enrolled = new ArrayList<>();
    for (String username : wanted) {
      Boolean active = known.get(username);
      if (active == null) {
        skipped.add(new EnrolmentReport.Skipped(username, "UNKNOWN_PERSON", null));
      } else if (!active) {
        skipped.add(new EnrolmentReport.Skipped(username, "LEFT", null));
      } else if (alreadyOn.containsKey(username)) {
        recorder.enrol(course, username, origin, me, dueAt);
        skipped.add(
            new EnrolmentReport.Skipped(username, "ALREADY_ENROLLED", alreadyOn.get(username)));
      } else {
        Enrolment enrolment = recorder.enrol(course, username, origin, me, dueAt);
        enrolled.add(new EnrolmentReport.Enrolled(username, enrolment.getId()));
      }
    }
    if (!enrolled.isEmpty()) {
      List<String> people = enrolled.stream().map(EnrolmentReport.Enrolled::username).toList();
      audit.record(
          new AuditEvent(
              now,
              me,
              AuditAction.ENROLLED_BY_OTHER,
              "course " + courseId,
              null,
              String.join(", ", people) + (dueAt == null ? "" : "; due " + dueAt)));
      notifications.send(
          new Notice(
              NotificationKind.COURSE_ENROLLED,
              me,
              people,
              course.getTitle(),
              AssignmentBatches.COURSE_LINK + courseId));
    }
    return new EnrolmentReport(courseId, enrolled, skipped);
  }

  /**
   * Withdraws an enrolment a manager or HR made: HR and administrators, or the one who enrolled the
   * person. An enrolment the caller may not see is not found; RULE, SELF and other enrolments are
   * refused (rules withdraw their own).
   */
  public void withdraw(long enrolmentId) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
    if (enrolment == null || !gate.maySeeLearningOf(enrolment.getUsername())) {
      throw new NotFoundException("enrolment", enrolmentId);
    }
    String me = gate.caller();
    if (!gate.callerIsHr() && !me.equals(enrolment.getEnrolledBy())) {
      throw new NotPermittedException(
          "refusal.enrolment.notYours",
          "Only HR or the manager who enrolled the person withdraws the enrolment.");
    }
    if (enrolment.getOrigin() != EnrolmentOrigin.MANAGER
        && enrolment.getOrigin() != EnrolmentOrigin.HR) {
      throw new NotPermittedException(
          "refusal.enrolment.notByOther",
          "Only enrolments made by a manager or HR are withdrawn here; a rule's follow the rule.");
    }
    if (!enrolment.isActive()) {
      throw new RejectedInputException(
          "version", "refusal.enrolment.finished", "The enrolment has already ended.");
    }
    Instant now = Instant.now();
    enrolment.withdraw(now);
    audit.record(
        new AuditEvent(
            now,
            me,
            AuditAction.ENROLMENT_WITHDRAWN,
            "enrolment " + enrolmentId,
            null,
            enrolment.getUsername() + " from course " + enrolment.getCourseId()));
  }

  /** Everyone below {@code manager} in the reporting line. */
  Set<String> team(String manager) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(TEAM + "select username from team")
            .setParameter(1, manager)
            .getResultList();
    Set<String> team = new HashSet<>();
    rows.forEach(r -> team.add(r.toString()));
    return team;
  }

  private Map<String, Boolean> activeByUsername(Set<String> usernames) {
    Map<String, Boolean> found = new HashMap<>();
    em.createQuery(
            "select s.username, s.active from StaffMember s where s.username in :names",
            Object[].class)
        .setParameter("names", List.copyOf(usernames))
        .getResultList()
        .forEach(row -> found.put((String) row[0], (Boolean) row[1]));
    return found;
  }

  private Map<String, Long> activeEnrolments(long courseId, Set<String> usernames) {
    Map<String, Long> found = new HashMap<>();
    em.createQuery(
            "select e.username, e.id from Enrolment e where e.courseId = :course"
                + " and e.username in :names"
                + " and e.status = org.learningcommons.learning.EnrolmentStatus.ACTIVE",
            Object[].class)
        .setParameter("course", courseId)
        .setParameter("names", List.copyOf(usernames))
        .getResultList()
        .forEach(row -> found.put((String) row[0], (Long) row[1]));
    return found;
  }
}
