package org.learningcommons.development;

import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.development.Views.CompletedCourseView;
import org.learningcommons.development.Views.ExternalLearningView;
import org.learningcommons.development.Views.GoalView;
import org.learningcommons.development.Views.PersonView;
import org.learningcommons.development.Views.RecordView;
import org.learningcommons.development.Views.TeamMemberView;
import org.learningcommons.learning.LearningGate;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/**
 * Reading a person's record of development. The person, everyone above them in the reporting line,
 * HR and administrators read it; for anybody else it does not exist (404). A record costs a fixed
 * number of statements whatever its size; its long sections are paged, newest first.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class DevelopmentRecord {

  /** Below this depth the reporting line is not followed (and a cycle in it ends). */
  private static final int MAX_DEPTH = 20;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @Inject DevelopmentSettings settings;

  /**
   * The record of {@code username}; the caller's own when null.
   *
   * @param year the calendar year whose CPD hours are summed; this year when null
   */
  public RecordView record(
      String username,
      Integer year,
      PageRequest completed,
      PageRequest external,
      PageRequest goals) {
    String person = subject(username);
    PersonView header = new RecordQueries(em).person(person);
    if (header == null) {
      throw new NotFoundException("person", person);
    }
    Instant now = Instant.now();
    RecordQueries queries = new RecordQueries(em);
    return new RecordView(
        header,
        queries.cpd(person, year(year), settings.cpdTargetHours()),
        queries.mandatory(person, now),
        queries.inProgress(person),
        queries.completed(person, completed.offset(), completed.limit(), now),
        queries.external(person, external.offset(), external.limit()),
        queries.goals(person, goals.offset(), goals.limit(), RecordQueries.today()),
        person.equals(gate.caller()),
        mayReview(person));
  }

  /** A page of the person's completed courses, newest first. */
  public Page<CompletedCourseView> completed(String username, PageRequest page) {
    String person = subject(username);
    return new RecordQueries(em).completed(person, page.offset(), page.limit(), Instant.now());
  }

  /** A page of the person's external learning, newest first. */
  public Page<ExternalLearningView> externalLearning(String username, PageRequest page) {
    String person = subject(username);
    return new RecordQueries(em).external(person, page.offset(), page.limit());
  }

  /** A page of the person's goals: open ones first, by target date. */
  public Page<GoalView> goals(String username, PageRequest page) {
    String person = subject(username);
    return new RecordQueries(em).goals(person, page.offset(), page.limit(), RecordQueries.today());
  }

  /** The person's CPD hours of a calendar year against the target. */
  public CpdYear cpd(String username, Integer year) {
    String person = subject(username);
    return new RecordQueries(em).cpd(person, year(year), settings.cpdTargetHours());
  }

  /** The most hours a person's yearly CPD target may be set to. */
  public static final int MAX_TARGET_HOURS = 2_000;

  /**
   * HR sets the person's yearly CPD target, or with null returns them to {@code CPD_TARGET_HOURS}.
   *
   * @return this year's CPD with the new target
   */
  @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
  public CpdYear setCpdTarget(String username, Integer hours) {
    String person = subject(username);
    if (new RecordQueries(em).person(person) == null) {
      throw new NotFoundException("person", person);
    }
    if (hours == null) {
      em.createNativeQuery("delete from cpd_target where username = ?1")
          .setParameter(1, person)
          .executeUpdate();
    } else {
      if (hours < 0 || hours > MAX_TARGET_HOURS) {
        throw new org.learningcommons.community.RejectedInputException(
            "hours",
            "refusal.development.target",
            "The target must lie between 0 and " + MAX_TARGET_HOURS + " hours.",
            MAX_TARGET_HOURS);
      }
      em.createNativeQuery(
              "insert into cpd_target (username, hours, set_by, set_at) values (?1, ?2, ?3, ?4)"
                  + " on conflict (username) do update set hours = excluded.hours,"
                  + " set_by = excluded.set_by, set_at = excluded.set_at")
          .setParameter(1, person)
          .setParameter(2, hours)
          .setParameter(3, gate.caller())
          .setParameter(4, timestamp(Instant.now()))
          .executeUpdate();
    }
    return new RecordQueries(em).cpd(person, year(null), settings.cpdTargetHours());
  }

  /**
   * Whether the caller may verify the person's external learning and comment on their goals:
   * everyone above them in the reporting line, HR and administrators, never the person themselves.
   */
  public boolean mayReview(String username) {
    String caller = gate.caller();
    return !caller.equals(username) && (gate.callerIsHr() || gate.isAbove(caller, username));
  }

  /**
   * The people whose records the caller reads, by name: for HR and administrators everyone active,
   * for others the people below them in the reporting line (at any depth), with this year's CPD
   * hours and how many external learning entries await verification.
   *
   * @param query part of a name, user name or department; null for everybody
   */
  public Page<TeamMemberView> team(String query, PageRequest page) {
    boolean everyone = gate.callerIsHr();
    String filter =
        query == null || query.isBlank()
            ? null
            : "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    String scope =
        everyone
            ? " from staff_member s where s.active"
            : "with recursive below(username, depth) as ("
                + " select s.username, 1 from staff_member s"
                + "  where s.manager_username = ?1 and s.active"
                + " union all select s.username, b.depth + 1 from staff_member s"
                + "  join below b on s.manager_username = b.username"
                + "  where s.active and b.depth < "
                + MAX_DEPTH
                + ") select %s from staff_member s where s.username in"
                + " (select username from below)";
    String where =
        filter == null
            ? ""
            : " and (lower(s.display_name) like ?2 or lower(s.username) like ?2"
                + " or lower(coalesce(s.department, '')) like ?2)";
    String countSql =
        everyone ? "select count(*)" + scope + where : scope.formatted("count(*)") + where;
    String columns =
        "s.username, s.display_name, s.department, s.title,"
            + " (select coalesce(sum(c.minutes), 0) from completion c"
            + "   where c.username = s.username and c.completed_at >= ?3)"
            + " + (select coalesce(sum(x.minutes), 0) from external_learning x"
            + "   where x.username = s.username and x.completed_on >= ?4"
            + "   and x.verification <> 'DECLINED'),"
            + " (select count(*) from external_learning x"
            + "   where x.username = s.username and x.verification = 'REQUESTED')";
    String listSql =
        (everyone ? "select " + columns + scope : scope.formatted(columns))
            + where
            + " order by lower(s.display_name), s.id offset ?5 limit ?6";
    Query count = em.createNativeQuery(countSql);
    Query list = em.createNativeQuery(listSql);
    if (!everyone) {
      count.setParameter(1, gate.caller());
      list.setParameter(1, gate.caller());
    }
    if (filter != null) {
      count.setParameter(2, filter);
      list.setParameter(2, filter);
    }
    long total = longValue(count.getSingleResult());
    int year = Year.now(ZoneOffset.UTC).getValue();
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        list.setParameter(3, timestamp(jan1.atStartOfDay(ZoneOffset.UTC).toInstant()))
            .setParameter(4, Date.valueOf(jan1))
            .setParameter(5, page.offset())
            .setParameter(6, page.limit())
            .getResultList();
    List<TeamMemberView> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(
          new TeamMemberView(
              string(r[0]),
              string(r[1]),
              string(r[2]),
              string(r[3]),
              CpdYear.hours(longValue(r[4])),
              intValue(r[5])));
    }
    return new Page<>(items, total, page.offset());
  }

  /** The person whose record is asked for, after the check that the caller may read it. */
  private String subject(String username) {
    String person = username == null || username.isBlank() ? gate.caller() : username.strip();
    gate.requireMaySeeLearningOf(person);
    return person;
  }

  private static int year(Integer year) {
    int current = Year.now(ZoneOffset.UTC).getValue();
    if (year == null) {
      return current;
    }
    if (year < 1950 || year > current + 1) {
      throw new org.learningcommons.community.RejectedInputException(
          "year", "refusal.development.year", "The year must lie between 1950 and next year.");
    }
    return year;
  }
}
