package org.learningcommons.development;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.learning.CompletionRecorder;
import org.learningcommons.learning.CompletionSource;
import org.learningcommons.learning.Course;
import org.learningcommons.learning.CourseStatus;
import org.learningcommons.learning.Enrolment;
import org.learningcommons.learning.LearningGate;
import org.learningcommons.people.Role;

/**
 * Imports completions of training done elsewhere (HR and administrators). Every line is checked;
 * the valid ones are written together in one transaction through {@link CompletionRecorder} (which
 * completes an active enrolment and tells the learner), the others come back with their line number
 * and the reason. A dry run checks without writing. Lookups cost a fixed number of statements per
 * thousand lines, not one per line.
 */
@Stateless
@RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
public class CompletionImport {

  /** At most this many lines per import. */
  public static final int MAX_LINES = 5_000;

  /** Imported hours per line: more than 0 and at most this. */
  public static final int MAX_HOURS = 1_000;

  private static final int CHUNK = 1_000;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @EJB CompletionRecorder recorder;
  @Inject AuditTrail audit;

  /**
   * One line of the file, as read.
   *
   * @param number the line number in the file (the header is line 1)
   * @param course a course id, or a course's exact title
   * @param completedOn an ISO date (2026-03-31)
   * @param hours optional; the course's duration when blank
   * @param columns how many columns the line has (3 or 4 are right)
   */
  public record ImportLine(
      int number, String username, String course, String completedOn, String hours, int columns) {}

  /** A line that was not imported, and why. */
  public record RejectedLine(int line, String reason) {}

  /** What the import did (or, in a dry run, would do). */
  public record ImportReport(
      int lines, int imported, List<RejectedLine> rejected, boolean dryRun) {}

  private record Valid(ImportLine line, String username, Course course, Instant at, int minutes) {}

  public ImportReport importCompletions(@NotNull List<ImportLine> lines, boolean dryRun) {
    if (lines.size() > MAX_LINES) {
      throw new RejectedInputException(
          "file",
          "refusal.development.importTooLong",
          "An import has at most " + MAX_LINES + " lines; split the file.",
          MAX_LINES);
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Set<String> names = new HashSet<>();
    Set<Long> ids = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (ImportLine line : lines) {
      if (!blank(line.username())) {
        names.add(line.username().strip().toLowerCase(Locale.ROOT));
      }
      if (!blank(line.course())) {
        Long id = courseId(line.course());
        if (id != null) {
          ids.add(id);
        } else {
          titles.add(line.course().strip());
        }
      }
    }
    Set<String> people = staff(names);
    Map<Long, Course> byId = new HashMap<>();
    for (Course c : inChunks(ids, chunk -> courses("c.id in :values", chunk))) {
      byId.put(c.getId(), c);
    }
    Map<String, List<Course>> byTitle = new HashMap<>();
    for (Course c : inChunks(titles, chunk -> courses("c.title in :values", chunk))) {
      byTitle.computeIfAbsent(c.getTitle(), t -> new ArrayList<>()).add(c);
    }

    List<RejectedLine> rejected = new ArrayList<>();
    List<Valid> valid = new ArrayList<>();
    for (ImportLine line : lines) {
      String reason = null;
      String username =
          blank(line.username()) ? null : line.username().strip().toLowerCase(Locale.ROOT);
      Course course = null;
      LocalDate on = null;
      Integer minutes = null;
      if (line.columns() < 3 || line.columns() > 4) {
        reason =
            "Expected 3 or 4 columns (username, course, completedOn, hours), found "
                + line.columns()
                + ".";
      } else if (username == null) {
        reason = "The username is missing.";
      } else if (!people.contains(username)) {
        reason = "Unknown person \"" + username + "\".";
      } else if (blank(line.course())) {
        reason = "The course is missing.";
      } else {
        Long id = courseId(line.course());
        List<Course> found =
            id != null
                ? (byId.containsKey(id) ? List.of(byId.get(id)) : List.of())
                : byTitle.getOrDefault(line.course().strip(), List.of());
        if (found.isEmpty()) {
          reason = "Unknown course \"" + line.course().strip() + "\".";
        } else if (found.size() > 1) {
          reason =
              "Several courses are called \"" + line.course().strip() + "\"; give the course id.";
        } else if (found.get(0).getStatus() == CourseStatus.DRAFT) {
          reason = "The course \"" + found.get(0).getTitle() + "\" is a draft.";
        } else {
          course = found.get(0);
        }
      }
      if (reason == null) {
        try {
          on = LocalDate.parse(line.completedOn() == null ? "" : line.completedOn().strip());
          if (on.isAfter(today)) {
            reason = "The completion date " + on + " lies in the future.";
          } else if (on.getYear() < 1950) {
            reason = "The completion date " + on + " is too far in the past.";
          }
        } catch (DateTimeParseException e) {
          reason =
              "The completion date \""
                  + (line.completedOn() == null ? "" : line.completedOn().strip())
                  + "\" is not a date like 2026-03-31.";
        }
      }
      if (reason == null) {
        if (blank(line.hours())) {
          minutes = course.getDurationMinutes();
        } else {
          minutes = minutes(line.hours().strip());
          if (minutes == null) {
            reason =
                "The hours \""
                    + line.hours().strip()
                    + "\" are not a number more than 0 and at most "
                    + MAX_HOURS
                    + ".";
          }
        }
      }
      if (reason != null) {
        rejected.add(new RejectedLine(line.number(), reason));
      } else {
        valid.add(
            new Valid(
                line, username, course, on.atStartOfDay(ZoneOffset.UTC).toInstant(), minutes));
      }
    }

    Set<String> existing = existing(valid);
    Set<String> seen = new HashSet<>();
    List<Valid> accepted = new ArrayList<>();
    for (Valid v : valid) {
      String key = key(v.username(), v.course().getId(), v.at());
      if (existing.contains(key)) {
        rejected.add(
            new RejectedLine(
                v.line().number(),
                "A completion of this course by " + v.username() + " on this date exists."));
      } else if (!seen.add(key)) {
        rejected.add(
            new RejectedLine(v.line().number(), "The same completion is on an earlier line."));
      } else {
        accepted.add(v);
      }
    }
    rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));

    if (!dryRun && !accepted.isEmpty()) {
      Map<String, Enrolment> active = activeEnrolments(accepted);
      String importer = gate.caller();
      for (Valid v : accepted) {
        recorder.record(
            v.course(),
            v.username(),
            active.get(v.username() + "|" + v.course().getId()),
            v.at(),
            v.minutes(),
            CompletionSource.IMPORT,
            importer);
      }
    }
    if (!dryRun) {
      audit.record(
          new AuditEvent(
              Instant.now(),
              gate.caller(),
              AuditAction.COMPLETIONS_IMPORTED,
              "completion import",
              null,
              "imported "
                  + accepted.size()
                  + ", rejected "
                  + rejected.size()
                  + " of "
                  + lines.size()
                  + " lines"));
    }
    return new ImportReport(lines.size(), accepted.size(), List.copyOf(rejected), dryRun);
  }

  private Set<String> staff(Set<String> names) {
    Set<String> found = new HashSet<>();
    found.addAll(
        inChunks(
            names,
            chunk ->
                em.createQuery(
                        "select s.username from StaffMember s where s.username in :values",
                        String.class)
                    .setParameter("values", chunk)
                    .getResultList()));
    return found;
  }

  private List<Course> courses(String where, List<?> values) {
    return em.createQuery("select c from Course c where " + where, Course.class)
        .setParameter("values", values)
        .getResultList();
  }

  /** Keys of the completions already stored for the people and courses of the lines. */
  private Set<String> existing(List<Valid> valid) {
    Set<String> keys = new HashSet<>();
    if (valid.isEmpty()) {
      return keys;
    }
    Set<String> names = new HashSet<>();
    Set<Long> courses = new HashSet<>();
    valid.forEach(
        v -> {
          names.add(v.username());
          courses.add(v.course().getId());
        });
    for (List<String> chunk : chunks(names)) {
      for (List<Long> courseChunk : chunks(courses)) {
        List<Object[]> rows =
            em.createQuery(
                    "select c.username, c.courseId, c.completedAt from Completion c"
                        + " where c.username in :names and c.courseId in :courses",
                    Object[].class)
                .setParameter("names", chunk)
                .setParameter("courses", courseChunk)
                .getResultList();
        for (Object[] r : rows) {
          keys.add(key((String) r[0], (Long) r[1], (Instant) r[2]));
        }
      }
    }
    return keys;
  }

  private Map<String, Enrolment> activeEnrolments(List<Valid> valid) {
    Set<String> names = new HashSet<>();
    Set<Long> courses = new HashSet<>();
    valid.forEach(
        v -> {
          names.add(v.username());
          courses.add(v.course().getId());
        });
    Map<String, Enrolment> active = new HashMap<>();
    for (List<String> chunk : chunks(names)) {
      for (List<Long> courseChunk : chunks(courses)) {
        for (Enrolment e :
            em.createQuery(
                    "select e from Enrolment e where e.username in :names"
                        + " and e.courseId in :courses"
                        + " and e.status = org.learningcommons.learning.EnrolmentStatus.ACTIVE",
                    Enrolment.class)
                .setParameter("names", chunk)
                .setParameter("courses", courseChunk)
                .getResultList()) {
          active.put(e.getUsername() + "|" + e.getCourseId(), e);
        }
      }
    }
    return active;
  }

  /** Same person, course and calendar day (UTC). */
  private static String key(String username, long courseId, Instant at) {
    return username + "|" + courseId + "|" + at.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Integer minutes(String hours) {
    try {
      BigDecimal value = new BigDecimal(hours);
      if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0) {
        return null;
      }
      int minutes =
          value.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
      return minutes == 0 ? null : minutes;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static Long courseId(String course) {
    String value = course.strip();
    if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(value);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static <T> List<List<T>> chunks(Collection<T> values) {
    List<T> all = List.copyOf(values);
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static <T, R> List<R> inChunks(Collection<T> values, Function<List<T>, List<R>> query) {
    List<R> results = new ArrayList<>();
    for (List<T> chunk : chunks(values)) {
      results.addAll(query.apply(chunk));
    }
    return results;
  }
}
