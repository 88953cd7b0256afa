package org.learningcommons.bench.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids the load journey needs beside usernames, read back from the loaded database (so they are
 * the ids the rows really got) into a CSV next to the LDIF: per generated person, an open community
 * they are an active member of, one of its threads and a hot thread (200+ top-level replies, in an
 * open community, so its second page exists), an active announcement addressed to their department,
 * the big announcement to everyone and an HR member who reads its report. Empty where a person has
 * none (no open community). For the learning steps: a published course the person is actively
 * enrolled on with one of its lessons (a page when it has one) and its first quiz, a word to search
 * the catalogue for, and one of the people whose record holds hundreds of completions. The picks
 * vary by person so that concurrent visits spread over the data instead of sharing one cached page.
 * For the reporting steps: the report readers and what they drill into ({@link ReportingPicks}).
 */
final class JourneyData {

  static final String HEADER =
      "username,community,thread,hotThread,announcement,everyoneAnnouncement,hr,"
          + "course,lesson,quiz,courseQuery,recordUser,"
          + ReportingPicks.HEADER;

  private JourneyData() {}

  /** {@code .bench/L.ldif} gives {@code .bench/L-journey.csv}. */
  static Path pathFor(Path ldif) {
    String name = ldif.getFileName().toString();
    String stem = name.endsWith(".ldif") ? name.substring(0, name.length() - 5) : name;
    return ldif.resolveSibling(stem + "-journey.csv");
  }

  /**
   * @return the number of people written
   */
  static int write(Connection connection, Path file) throws SQLException {
    String sql =
        """
        with hot as materialized (
          select t.id, row_number() over (order by t.id) - 1 as n, count(*) over () as total
            from discussion_thread t join community c on c.id = t.community_id
           where c.visibility = 'OPEN' and t.reply_count >= %d and %s
        ), mine as (
          select distinct on (m.username) m.username, c.id as community, c.thread_count
            from membership m join community c on c.id = m.community_id
           where m.status = 'ACTIVE' and c.visibility = 'OPEN' and c.thread_count > 0
             and m.username ~ '^u[0-9]{6}$' and %s
           order by m.username, hashtext(m.username || ':' || c.id)
        )
        select s.username, mine.community,
               (select t.id from discussion_thread t where t.community_id = mine.community
                 order by t.pinned desc, t.last_activity_at desc, t.id desc
                 limit 1 offset abs(hashtext(mine.username)) %% least(mine.thread_count, 20)),
               (select hot.id from hot
                 where hot.n = abs(hashtext(s.username || ':hot')) %% hot.total),
               s.department
          from staff_member s left join mine on mine.username = s.username
         where s.active and %s
         order by s.username
        """
            .formatted(
                DiscussionPlanner.HOT_MIN_TOP_LEVEL,
                CommunityStep.generatedCommunity("c"),
                CommunityStep.generatedCommunity("c"),
                StaffStep.GENERATED
                    .replace("username", "s.username")
                    .replace("directory_dn", "s.directory_dn"));
    Announcements announcements = Announcements.read(connection);
    Learning learning = Learning.read(connection);
    ReportingPicks reporting = reportingPicks(connection);
    int people = 0;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sql)) {
        out.write(HEADER + "\n");
        while (rows.next()) {
          String username = rows.getString(1);
          out.write(
              username
                  + ","
                  + value(rows, 2)
                  + ","
                  + value(rows, 3)
                  + ","
                  + value(rows, 4)
                  + ","
                  + announcements.forDepartment(rows.getString(5), username)
                  + ","
                  + announcements.everyone()
                  + ","
                  + announcements.hr(username)
                  + ","
                  + learning.forPerson(username)
                  + ","
                  + reporting.forPerson(username)
                  + "\n");
          people++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return people;
  }

  /** The active generated staff, for the report readers and what they drill into. */
  private static ReportingPicks reportingPicks(Connection connection) throws SQLException {
    List<ReportingPicks.Staff> staff = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select username, manager_username, department from staff_member"
                    + " where active and username ~ '^u[0-9]{6}$' order by username")) {
      while (rows.next()) {
        staff.add(
            new ReportingPicks.Staff(rows.getString(1), rows.getString(2), rows.getString(3)));
      }
    }
    return ReportingPicks.of(staff);
  }

  private static String value(ResultSet rows, int column) throws SQLException {
    Object value = rows.getObject(column);
    return value == null ? "" : value.toString();
  }

  /**
   * What the announcement steps need: the big announcement to everyone (the first generated one),
   * per department the active announcements addressed to it by department, and the HR members who
   * may read any report (the administrator when a preset has no HR).
   */
  private record Announcements(
      String everyone, Map<String, List<Long>> byDepartment, List<String> reporters) {

    static Announcements read(Connection connection) throws SQLException {
      String everyone = "";
      Map<String, List<Long>> byDepartment = new HashMap<>();
      List<String> reporters = new ArrayList<>();
      String generated = AnnouncementStep.generatedAnnouncement("a");
      try (Statement statement = connection.createStatement()) {
        try (ResultSet rows =
            statement.executeQuery(
                "select min(a.id) from announcement a where a.audience_everyone and "
                    + generated)) {
          if (rows.next() && rows.getObject(1) != null) {
            everyone = String.valueOf(rows.getLong(1));
          }
        }
        try (ResultSet rows =
            statement.executeQuery(
                "select d.department, a.id from announcement_department d"
                    + " join announcement a on a.id = d.announcement_id"
                    + " where a.publish_at <= '"
                    + AnnouncementPlan.END
                    + "' and (a.expire_at is null or a.expire_at > '"
                    + AnnouncementPlan.END
                    + "')"
                    + " and "
                    + generated
                    + " order by d.department, a.id")) {
          while (rows.next()) {
            byDepartment
                .computeIfAbsent(rows.getString(1), d -> new ArrayList<>())
                .add(rows.getLong(2));
          }
        }
        try (ResultSet rows =
            statement.executeQuery(
                "select s.username, r.role from staff_member s join staff_member_role r"
                    + " on r.staff_member_id = s.id where r.role in ('HR', 'ADMIN') and s.active"
                    + " and s.username ~ '^u[0-9]{6}$' order by r.role desc, s.username")) {
          List<String> admins = new ArrayList<>();
          while (rows.next()) {
            (rows.getString(2).equals("HR") ? reporters : admins).add(rows.getString(1));
          }
          if (reporters.isEmpty()) {
            reporters.addAll(admins);
          }
        }
      }
      return new Announcements(everyone, byDepartment, reporters);
    }

    /** One of the department's active announcements, varied by person; else the big one. */
    String forDepartment(String department, String username) {
      List<Long> ids = byDepartment.get(department);
      if (ids == null || ids.isEmpty()) {
        return everyone;
      }
      return String.valueOf(ids.get(Math.floorMod(username.hashCode(), ids.size())));
    }

    /** An HR member (or administrator), varied by person so that reports are read by many. */
    String hr(String username) {
      return reporters.isEmpty()
          ? ""
          : reporters.get(Math.floorMod(username.hashCode() * 31 + 7, reporters.size()));
    }
  }

  /**
   * What the learning steps need: per person an active enrolment on a published course with a
   * lesson and a quiz of it, and the people with a long record (the generator gives a handful of
   * people hundreds of completions; everybody else has a few).
   */
  private record Learning(Map<String, String> byPerson, List<String> recordPeople) {

    /** Fewer than any long record (S: 50), more than anybody else gathers (about 10). */
    private static final int LONG_RECORD = 40;

    static Learning read(Connection connection) throws SQLException {
      Map<String, String> byPerson = new HashMap<>();
      List<String> recordPeople = new ArrayList<>();
      String generated = LearningStep.generatedCourse("c");
      try (Statement statement = connection.createStatement()) {
        try (ResultSet rows =
            statement.executeQuery(
                """
                select distinct on (e.username) e.username, e.course_id,
                       (select i.id from course_item i
                         where i.course_id = e.course_id and i.kind <> 'QUIZ'
                         order by i.kind <> 'PAGE', hashtext(e.username || ':' || i.id), i.id
                         limit 1),
                       (select i.id from course_item i
                         where i.course_id = e.course_id and i.kind = 'QUIZ'
                         order by i.id limit 1)
                  from enrolment e join course c on c.id = e.course_id
                 where e.status = 'ACTIVE' and c.status = 'PUBLISHED' and %s
                   and exists (select 1 from course_item i
                                where i.course_id = e.course_id and i.kind <> 'QUIZ')
                 order by e.username, hashtext(e.username || ':' || e.course_id), e.course_id
                """
                    .formatted(generated))) {
          while (rows.next()) {
            byPerson.put(
                rows.getString(1), value(rows, 2) + "," + value(rows, 3) + "," + value(rows, 4));
          }
        }
        try (ResultSet rows =
            statement.executeQuery(
                "select cm.username from completion cm join course c on c.id = cm.course_id"
                    + " where "
                    + generated
                    + " group by cm.username having count(*) >= "
                    + LONG_RECORD
                    + " order by cm.username")) {
          while (rows.next()) {
            recordPeople.add(rows.getString(1));
          }
        }
      }
      return new Learning(byPerson, recordPeople);
    }

    /** {@code course,lesson,quiz,courseQuery,recordUser} for one person. */
    String forPerson(String username) {
      String enrolled = byPerson.getOrDefault(username, ",,");
      List<String> terms = LearningTexts.SEARCH_TERMS;
      String term = terms.get(Math.floorMod(username.hashCode() * 17 + 3, terms.size()));
      String record =
          recordPeople.isEmpty()
              ? ""
              : recordPeople.get(Math.floorMod(username.hashCode() * 13 + 5, recordPeople.size()));
      return enrolled + "," + term + "," + record;
    }
  }
}
