package org.learningcommons.announcement;

import java.util.Set;
import java.util.stream.Collectors;
import org.learningcommons.people.Role;

/**
 * The SQL that resolves audiences, shared by every use case that asks "which announcements are for
 * this person" or "who is this announcement for", so that the UI, API, feeds, reminders and reports
 * agree on one meaning of an audience (a union of its criteria, see {@link Audience}).
 */
public final class AudienceSql {

  private AudienceSql() {}

  /**
   * A recursive {@code chain(username)}: the managers above the person bound to {@code ?1}, at any
   * depth. UNION stops at a cycle in the directory. Starts the statement ({@code with recursive}).
   */
  static final String CHAIN =
      "with recursive chain(username) as ("
          + " select s.manager_username from staff_member s"
          + " where s.username = ?1 and s.manager_username is not null"
          + " union select s.manager_username from staff_member s join chain c"
          + " on s.username = c.username where s.manager_username is not null) ";

  /**
   * A condition on announcement {@code a}: the person bound to {@code ?1} is in its audience
   * (everyone, their department, one of their roles, a community where they are an active member,
   * or a manager above them). Needs {@link #CHAIN}.
   *
   * @param roles the person's roles (from the session for the caller)
   */
  static String addressedTo(Set<Role> roles) {
    String list = roles.stream().map(r -> "'" + r.name() + "'").collect(Collectors.joining(","));
    return "(a.audience_everyone"
        + " or exists (select 1 from announcement_department d join staff_member s"
        + " on s.department = d.department where d.announcement_id = a.id and s.username = ?1)"
        + (list.isEmpty()
            ? ""
            : " or exists (select 1 from announcement_role ar where ar.announcement_id = a.id"
                + " and ar.role in ("
                + list
                + "))")
        + " or exists (select 1 from announcement_community ac join membership m"
        + " on m.community_id = ac.community_id where ac.announcement_id = a.id"
        + " and m.username = ?1 and m.status = 'ACTIVE')"
        + " or exists (select 1 from announcement_reporting_line rl join chain c"
        + " on c.username = rl.manager_username where rl.announcement_id = a.id))";
  }

  /** Showing at {@code ?2}: published and not expired. */
  static final String SHOWING = "a.publish_at <= ?2 and (a.expire_at is null or a.expire_at > ?2)";

  /**
   * Recursive CTEs {@code below(username)} and {@code audience(username, department)}: the active
   * staff whom the stored announcement bound to {@code ?N} addresses, each once. Roles reach the
   * people whose roles were recorded at their last sign-in. Starts the statement ({@code with
   * recursive}); follow it with a select from {@code audience}.
   *
   * @param parameter the positional parameter that holds the announcement id
   */
  static String audienceOf(int parameter) {
    return audienceOf("?" + parameter);
  }

  /**
   * Like {@link #audienceOf(int)} for the announcement whose id is the SQL expression {@code id},
   * such as {@code a.id} of an outer query (inside a lateral subquery: one statement for a page of
   * announcements).
   */
  public static String audienceOf(String id) {
    return "with recursive below(username) as ("
        + " select s.username from staff_member s join announcement_reporting_line rl"
        + " on s.manager_username = rl.manager_username where rl.announcement_id = "
        + id
        + " union select s.username from staff_member s join below b"
        + " on s.manager_username = b.username),"
        + " audience(username, department) as ("
        + " select s.username, s.department from staff_member s where s.active and ("
        // Its own alias: the caller's statement may call its announcement "a".
        + " exists (select 1 from announcement everyone where everyone.id = "
        + id
        + " and everyone.audience_everyone)"
        + " or s.department in (select d.department from announcement_department d"
        + " where d.announcement_id = "
        + id
        + ") or exists (select 1 from staff_member_role r join announcement_role ar"
        + " on ar.role = r.role where ar.announcement_id = "
        + id
        + " and r.staff_member_id = s.id)"
        + " or s.username in (select m.username from membership m join announcement_community ac"
        + " on ac.community_id = m.community_id where ac.announcement_id = "
        + id
        + " and m.status = 'ACTIVE')"
        + " or s.username in (select b.username from below b))) ";
  }
}
