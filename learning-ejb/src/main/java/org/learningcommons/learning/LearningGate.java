package org.learningcommons.learning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.people.DisplayNames;
import org.learningcommons.people.Role;

/**
 * The one place that answers who may see and change courses and whose learning a person may see.
 *
 * <ul>
 *   <li>HR and administrators see and manage every course and every person's learning;
 *   <li>a course's owner sees and changes it in every status;
 *   <li>others find a published course when they are in its audience, and keep seeing a course
 *       (also a retired one, or one whose audience they left) they have an enrolment on;
 *   <li>a manager sees the learning of everyone below them in the reporting line, at any depth.
 * </ul>
 *
 * A course the caller may not see is reported as not found, exactly like one that does not exist.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class LearningGate {

  /**
   * Everyone above the person bound to {@code ?1}, at any depth; UNION stops at a cycle in the
   * directory. Starts the statement.
   */
  public static final String MANAGERS_ABOVE =
      "with recursive chain(username) as ("
          + " select s.manager_username from staff_member s"
          + " where s.username = ?1 and s.manager_username is not null"
          + " union select s.manager_username from staff_member s join chain c"
          + " on s.username = c.username where s.manager_username is not null) ";

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;

  public String caller() {
    return context.getCallerPrincipal().getName();
  }

  /** HR and administrators manage all learning. */
  public boolean callerIsHr() {
    return context.isCallerInRole(Role.Names.HR) || context.isCallerInRole(Role.Names.ADMIN);
  }

  /** The caller's department from the directory, or null. */
  public String callerDepartment() {
    List<String> found =
        em.createQuery(
                "select s.department from StaffMember s where s.username = :name", String.class)
            .setParameter("name", caller())
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  /** The course if the caller may see it; not found otherwise. */
  public Course course(long id) {
    Course course = em.find(Course.class, id);
    if (course == null || !maySee(course)) {
      throw new NotFoundException("course", id);
    }
    return course;
  }

  /**
   * The course, locked, for a change only its owner, HR or an administrator makes; not found when
   * the caller may not see it, not permitted when they see it but may not change it.
   */
  public Course courseToManage(long id) {
    Course course = em.find(Course.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (course == null || !maySee(course)) {
      throw new NotFoundException("course", id);
    }
    if (!mayManage(course)) {
      throw new NotPermittedException(
          "refusal.course.notOwner", "Only the course's owner, HR or an administrator changes it.");
    }
    return course;
  }

  /** Whether the caller may change the course: its owner, HR or an administrator. */
  public boolean mayManage(Course course) {
    return callerIsHr() || course.getOwner().equals(caller());
  }

  /** Whether the caller may see the course (see the class comment). */
  public boolean maySee(Course course) {
    if (mayManage(course)) {
      return true;
    }
    if (course.isOpen() && course.isFor(callerDepartment())) {
      return true;
    }
    return !em.createQuery(
            "select e.id from Enrolment e where e.courseId = :course and e.username = :name",
            Long.class)
        .setParameter("course", course.getId())
        .setParameter("name", caller())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The caller's active enrolment on the course, or null. */
  public Enrolment activeEnrolment(long courseId) {
    List<Enrolment> found =
        em.createQuery(
                "select e from Enrolment e where e.courseId = :course and e.username = :name"
                    + " and e.status = org.learningcommons.learning.EnrolmentStatus.ACTIVE",
                Enrolment.class)
            .setParameter("course", courseId)
            .setParameter("name", caller())
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  /** Whether {@code manager} is above {@code username} in the reporting line, at any depth. */
  public boolean isAbove(String manager, String username) {
    return !em.createNativeQuery(MANAGERS_ABOVE + "select 1 from chain where username = ?2 limit 1")
        .setParameter(1, username)
        .setParameter(2, manager)
        .getResultList()
        .isEmpty();
  }

  /**
   * Whether the caller may see {@code username}'s learning (record, progress, certificates):
   * themselves, HR and administrators, and anyone above them in the reporting line.
   */
  public boolean maySeeLearningOf(String username) {
    return caller().equals(username) || callerIsHr() || isAbove(caller(), username);
  }

  /**
   * Checks {@link #maySeeLearningOf(String)}; a person the caller may not look at is reported as
   * not found, so that the answer does not tell who works here.
   */
  public void requireMaySeeLearningOf(String username) {
    if (!maySeeLearningOf(username)) {
      throw new NotFoundException("person", username);
    }
  }

  /** Display names of the given people, in one query; people unknown here are left out. */
  public Map<String, String> names(Collection<String> usernames) {
    return DisplayNames.of(em, usernames);
  }
}
