package org.learningcommons.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningcommons.bench.dataset.ReportingPicks.Staff;

class ReportingPicksTest {

  private static final Dataset M = Dataset.plan(Preset.M, 42);

  private static List<Staff> staff(Dataset dataset) {
    return dataset.people().stream()
        .map(p -> new Staff(p.username(), p.managerUsername(), p.department()))
        .toList();
  }

  @Test
  void everyVisitReadsAsTheChiefExecutiveAndAHeadAndDrillsIntoTheHeadsDepartment() {
    ReportingPicks picks = ReportingPicks.of(staff(M));
    Map<String, Person> people =
        M.people().stream().collect(Collectors.toMap(Person::username, Function.identity()));
    Set<String> heads = new HashSet<>();
    for (Person visitor : M.people()) {
      String[] row = picks.forPerson(visitor.username()).split(",", -1);
      assertEquals(ReportingPicks.HEADER.split(",").length, row.length);
      assertEquals("u000001", row[0], "the chief executive: the largest line");
      Person head = people.get(row[1]);
      assertEquals("u000001", head.managerUsername(), "a head reports to the chief executive");
      assertTrue(M.isManager(head.index()));
      String department = URLDecoder.decode(row[2], StandardCharsets.UTF_8);
      assertEquals(head.department(), department);
      assertTrue(!department.equals(M.person(1).department()), "not the executive office");
      Person team = people.get(row[3]);
      assertTrue(
          team == head || team.managerUsername().equals(head.username()), "a team in the line");
      assertEquals(department, team.department());
      assertEquals(team.username(), people.get(row[4]).managerUsername(), "a person in the team");
      heads.add(head.username());
    }
    assertTrue(heads.size() > M.departments().size() / 2, "visits spread: " + heads.size());
  }

  @Test
  void aHeadWithoutTeamLeadsIsTheTeamAndDepartmentsAreOnePathSegment() {
    List<Staff> staff =
        List.of(
            new Staff("u000001", null, "Executive Office"),
            new Staff("u000002", "u000001", "Executive Office"),
            new Staff("u000003", "u000001", "Research & Development 2"),
            new Staff("u000004", "u000003", "Research & Development 2"));
    String row = ReportingPicks.of(staff).forPerson("u000009");
    assertEquals("u000001,u000003,Research%20%26%20Development%202,u000003,u000004", row);
  }

  @Test
  void withoutDepartmentsOnlyTheChiefExecutiveReads() {
    List<Staff> staff = List.of(new Staff("u000001", null, "Executive Office"));
    assertEquals("u000001,,,,", ReportingPicks.of(staff).forPerson("u000001"));
  }
}
