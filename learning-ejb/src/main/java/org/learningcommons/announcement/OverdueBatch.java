package org.learningcommons.announcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One batch of people whose acknowledgement is overdue, and what their managers are told: each
 * manager one notice per announcement naming their overdue reports.
 */
final class OverdueBatch {

  /** A manager's notice names this many people and gives the count of the rest. */
  static final int NAMES_SHOWN = 5;

  /** An overdue person; {@code manager} is null for people without one. */
  record Overdue(String username, String displayName, String manager) {}

  private OverdueBatch() {}

  /**
   * The people to escalate in this batch. Rows come ordered by manager (people without one last):
   * when the batch is full, the last manager's reports may go on in the next batch, so they are
   * left for it and the manager hears of them all at once, unless they fill the batch alone.
   *
   * @param rows the query's rows, at most {@code batch}
   */
  static List<Overdue> wholeGroups(List<Overdue> rows, int batch) {
    if (rows.size() < batch || rows.isEmpty()) {
      return rows;
    }
    String lastManager = rows.get(rows.size() - 1).manager();
    int end = rows.size();
    while (end > 0 && Objects.equals(rows.get(end - 1).manager(), lastManager)) {
      end--;
    }
    return end == 0 ? rows : rows.subList(0, end);
  }

  /** Overdue people by manager, in the batch's order; people without a manager are left out. */
  static Map<String, List<Overdue>> byManager(List<Overdue> people) {
    Map<String, List<Overdue>> groups = new LinkedHashMap<>();
    for (Overdue person : people) {
      if (person.manager() != null) {
        groups.computeIfAbsent(person.manager(), m -> new ArrayList<>()).add(person);
      }
    }
    return groups;
  }

  /**
   * What a manager's notice is about: the announcement, how many of their reports are overdue and
   * the first few names, e.g. {@code Fire drill (2: Anna Berg, Bob Clark)}.
   */
  static String subject(String title, List<Overdue> reports) {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < Math.min(NAMES_SHOWN, reports.size()); i++) {
      names.append(i == 0 ? "" : ", ").append(reports.get(i).displayName());
    }
    if (reports.size() > NAMES_SHOWN) {
      names.append(", …");
    }
    return title + " (" + reports.size() + ": " + names + ")";
  }
}
