package org.learningcommons.bench.dataset;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reads the reports in the journey's {@code reporting} steps, and what they drill into, per
 * journey person: the chief executive (a manager whose line is the whole company, the largest scope
 * a manager can have), a department head (a mid-level manager: their department), and for the
 * drill-down that head's department, one of its teams (a manager below the head) and a person in
 * that team. All three readers, and HR, may see the department, the team and the person, so the
 * same calls can be timed for each scope. The picks vary by journey person so that concurrent
 * visits spread over departments.
 */
final class ReportingPicks {

  /** The columns this adds to the journey CSV, in order. */
  static final String HEADER = "reportTop,reportHead,reportDepartment,reportTeam,reportPerson";

  /** An active member of staff as {@code staff_member} lists them. */
  record Staff(String username, String manager, String department) {}

  private record Drill(String head, String department, String team, String person) {}

  private final String top;
  private final List<Drill> drills;

  private ReportingPicks(String top, List<Drill> drills) {
    this.top = top;
    this.drills = drills;
  }

  static ReportingPicks of(List<Staff> staff) {
    Map<String, List<Staff>> reports = new HashMap<>();
    String top = "";
    for (Staff s : staff) {
      if (s.manager() == null) {
        top = top.isEmpty() || s.username().compareTo(top) < 0 ? s.username() : top;
      } else {
        reports.computeIfAbsent(s.manager(), m -> new ArrayList<>()).add(s);
      }
    }
    reports.values().forEach(list -> list.sort(Comparator.comparing(Staff::username)));
    List<Drill> drills = new ArrayList<>();
    String topDepartment =
        staff.stream()
            .filter(s -> s.manager() == null)
            .map(Staff::department)
            .findFirst()
            .orElse(null);
    for (Staff head : reports.getOrDefault(top, List.of())) {
      List<Staff> below = reports.get(head.username());
      // Heads of other departments with people below them (the chief executive's own office is
      // the executive office, which holds no teams).
      if (below == null || head.department().equals(topDepartment)) {
        continue;
      }
      Staff team =
          below.stream().filter(s -> reports.containsKey(s.username())).findFirst().orElse(head);
      Staff person = reports.get(team.username()).get(0);
      drills.add(new Drill(head.username(), head.department(), team.username(), person.username()));
    }
    return new ReportingPicks(top, drills);
  }

  /** {@link #HEADER}'s values for one journey person; empty values when there is no department. */
  String forPerson(String username) {
    if (drills.isEmpty()) {
      return top + ",,,,";
    }
    Drill drill = drills.get(Math.floorMod(username.hashCode() * 37 + 11, drills.size()));
    return String.join(
        ",", top, drill.head(), path(drill.department()), drill.team(), drill.person());
  }

  /** A department as one path segment of a URL (spaces as %20, not +). */
  static String path(String department) {
    return URLEncoder.encode(department, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
