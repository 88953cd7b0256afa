package org.learningcommons.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.learningcommons.people.Role;

/**
 * The filters every report takes. All are optional except the period, which defaults to the twelve
 * months up to today. A filter narrows the caller's {@link ReportScope}; it never widens it.
 *
 * <p>The filter round-trips through a flat string map ({@link #toParameters()} and {@link
 * #parse(Map, LocalDate)}): the same keys are query parameters of the API and of export links, and
 * what saved views and schedules store.
 *
 * @param department only people in this department (case-insensitive), or null
 * @param manager only people below this manager, at any depth, or null
 * @param courseId only this course, or null (reports that are not about courses ignore it)
 * @param from first day of the period, inclusive
 * @param to last day of the period, inclusive
 * @param role only people who had this application role at their last sign-in, or null
 */
public record ReportFilter(
    String department, String manager, Long courseId, LocalDate from, LocalDate to, Role role) {

  /** The longest period a report covers; longer ones are refused with a clear message. */
  public static final int MAX_PERIOD_DAYS = 3 * 366;

  public static final String DEPARTMENT = "department";
  public static final String MANAGER = "manager";
  public static final String COURSE = "course";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String ROLE = "role";

  public ReportFilter {
    department = blankToNull(department);
    manager = blankToNull(manager);
    if (from == null || to == null) {
      throw new InvalidReportFilterException("period", "The period needs a first and a last day.");
    }
    if (from.isAfter(to)) {
      throw new InvalidReportFilterException(
          "period", "The period starts on " + from + ", after its last day " + to + ".");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_PERIOD_DAYS) {
      throw new InvalidReportFilterException(
          "period",
          "The period from "
              + from
              + " to "
              + to
              + " is longer than three years; choose a shorter one.");
    }
    if (department != null && department.length() > 255) {
      throw new InvalidReportFilterException("department", "The department name is too long.");
    }
    if (manager != null && manager.length() > 256) {
      throw new InvalidReportFilterException("manager", "The manager's user name is too long.");
    }
  }

  /** No filter: everyone in scope, the twelve months up to {@code today}. */
  public static ReportFilter defaults(LocalDate today) {
    return new ReportFilter(null, null, null, today.minusMonths(12).plusDays(1), today, null);
  }

  /**
   * Reads a filter from parameters (absent or blank values mean "no filter"; a missing period means
   * the twelve months up to {@code today}; a period with only one end runs from it for a year or up
   * to it from a year before).
   *
   * @throws InvalidReportFilterException naming the parameter that is wrong
   */
  public static ReportFilter parse(Map<String, String> parameters, LocalDate today) {
    LocalDate from = date(parameters, FROM);
    LocalDate to = date(parameters, TO);
    if (from == null && to == null) {
      to = today;
    }
    if (to == null) {
      to = from.plusMonths(12).minusDays(1);
    }
    if (from == null) {
      from = to.minusMonths(12).plusDays(1);
    }
    return new ReportFilter(
        parameters.get(DEPARTMENT),
        parameters.get(MANAGER),
        number(parameters, COURSE),
        from,
        to,
        role(parameters));
  }

  /** The filter as parameters, absent ones left out, in a stable order. */
  public Map<String, String> toParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (department != null) {
      parameters.put(DEPARTMENT, department);
    }
    if (manager != null) {
      parameters.put(MANAGER, manager);
    }
    if (courseId != null) {
      parameters.put(COURSE, courseId.toString());
    }
    parameters.put(FROM, from.toString());
    parameters.put(TO, to.toString());
    if (role != null) {
      parameters.put(ROLE, role.name());
    }
    return parameters;
  }

  public ReportFilter withDepartment(String value) {
    return new ReportFilter(value, manager, courseId, from, to, role);
  }

  public ReportFilter withManager(String value) {
    return new ReportFilter(department, value, courseId, from, to, role);
  }

  public ReportFilter withCourse(Long value) {
    return new ReportFilter(department, manager, value, from, to, role);
  }

  public ReportFilter withPeriod(LocalDate first, LocalDate last) {
    return new ReportFilter(department, manager, courseId, first, last, role);
  }

  public ReportFilter withRole(Role value) {
    return new ReportFilter(department, manager, courseId, from, to, value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static LocalDate date(Map<String, String> parameters, String key) {
    String value = blankToNull(parameters.get(key));
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidReportFilterException(
          key, "'" + value + "' is not a date; write it as YYYY-MM-DD.");
    }
  }

  private static Long number(Map<String, String> parameters, String key) {
    String value = blankToNull(parameters.get(key));
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new InvalidReportFilterException(key, "'" + value + "' is not a course number.");
    }
  }

  private static Role role(Map<String, String> parameters) {
    String value = blankToNull(parameters.get(ROLE));
    if (value == null) {
      return null;
    }
    try {
      return Role.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidReportFilterException(
          ROLE, "'" + value + "' is not a role; use STAFF, MANAGER, HR or ADMIN.");
    }
  }
}
