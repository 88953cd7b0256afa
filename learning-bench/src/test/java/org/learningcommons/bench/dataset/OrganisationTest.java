package org.learningcommons.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganisationTest {

  private static final Pattern USERNAME = Pattern.compile("u\\d{6}");

  @Test
  void sameSeedPlansTheSamePeople() {
    assertEquals(Dataset.plan(Preset.M, 42), Dataset.plan(Preset.M, 42));
  }

  @Test
  void anotherSeedPlansOtherPeople() {
    Dataset one = Dataset.plan(Preset.M, 42);
    Dataset other = Dataset.plan(Preset.M, 43);
    assertNotEquals(one.people(), other.people());
    assertEquals(one.people().size(), other.people().size());
  }

  @ParameterizedTest
  @EnumSource(Preset.class)
  void staffAndDepartmentCountsMatchThePreset(Preset preset) {
    Dataset dataset = Dataset.plan(preset, 42);
    assertEquals(preset.staff(), dataset.people().size());
    assertEquals(preset.departments(), dataset.departments().size());
    assertEquals(preset.departments(), Set.copyOf(dataset.departments()).size(), "unique names");
    Set<String> used = new HashSet<>();
    dataset.people().forEach(p -> used.add(p.department()));
    assertEquals(Set.copyOf(dataset.departments()), used, "every department has people");
  }

  @ParameterizedTest
  @EnumSource(Preset.class)
  void usernamesAreSixDigitsInIndexOrder(Preset preset) {
    List<Person> people = Dataset.plan(preset, 42).people();
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      assertEquals(i + 1, person.index());
      assertTrue(USERNAME.matcher(person.username()).matches(), person.username());
      assertEquals(person.username() + "@bench.learningcommons.example", person.email());
      assertEquals(
          "uid=" + person.username() + ",ou=people,dc=learningcommons,dc=example", person.dn());
    }
    assertEquals("u000001", DatasetGenerator.username(1));
    assertEquals("u050000", DatasetGenerator.username(50_000));
    assertThrows(IllegalArgumentException.class, () -> DatasetGenerator.username(0));
  }

  @ParameterizedTest
  @EnumSource(Preset.class)
  void hierarchyIsATreeRootedAtTheChiefExecutive(Preset preset) {
    Dataset dataset = Dataset.plan(preset, 42);
    Person ceo = dataset.person(1);
    assertEquals("Chief Executive Officer", ceo.title());
    assertEquals("Executive Office", ceo.department());
    assertNull(ceo.managerUsername());
    for (Person person : dataset.people().subList(1, dataset.people().size())) {
      // A manager exists and comes first: following managers always ends at the chief executive.
      assertTrue(person.hasManager(), person.username() + " has a manager");
      assertTrue(person.managerIndex() < person.index(), person.username());
      assertTrue(dataset.isManager(person.managerIndex()));
    }
  }

  @ParameterizedTest
  @EnumSource(Preset.class)
  void departmentsHaveAHeadReportingToTheChiefExecutiveAndTeamsOfSixToTen(Preset preset) {
    Dataset dataset = Dataset.plan(preset, 42);
    Map<Integer, Integer> reports = new HashMap<>();
    dataset.people().stream()
        .filter(Person::hasManager)
        .forEach(p -> reports.merge(p.managerIndex(), 1, Integer::sum));
    int teams = 0;
    int teamMembers = 0;
    for (String department : dataset.departments().subList(1, dataset.departments().size())) {
      List<Person> inDepartment =
          dataset.people().stream().filter(p -> p.department().equals(department)).toList();
      Person head = inDepartment.get(0);
      assertEquals(1, head.managerIndex(), department + " head reports to the chief executive");
      for (Person person : inDepartment.subList(1, inDepartment.size())) {
        Person manager = dataset.person(person.managerIndex());
        assertEquals(department, manager.department(), "managers are in the same department");
        if (manager.index() == head.index()) {
          int team = 1 + reports.getOrDefault(person.index(), 0);
          assertTrue(team >= 2 && team <= 10, department + " team of " + team);
          teams++;
          teamMembers += team;
        } else {
          assertEquals(head.index(), manager.managerIndex(), "staff report to a team lead");
          assertFalse(dataset.isManager(person.index()));
        }
      }
    }
    double average = (double) teamMembers / teams;
    assertTrue(average >= 6 && average <= 10, "average team " + average);
  }

  @Test
  void roleGroupsFollowTheHierarchy() {
    Dataset dataset = Dataset.plan(Preset.L, 42);
    Set<Integer> managers = new HashSet<>();
    dataset.people().stream()
        .filter(Person::hasManager)
        .forEach(p -> managers.add(p.managerIndex()));
    assertEquals(
        managers.stream().sorted().toList(),
        dataset.managers().stream().map(Person::index).toList());
    assertEquals(List.of(dataset.person(2)), dataset.admins());
    assertEquals("Learning Platform Administrator", dataset.person(2).title());
    assertFalse(dataset.hr().isEmpty());
    dataset.hr().forEach(p -> assertTrue(p.department().startsWith("Human Resources"), p.title()));
    assertTrue(
        dataset.hr().size()
            < dataset.people().stream()
                .filter(p -> p.department().startsWith("Human Resources"))
                .count());
  }

  @Test
  void departmentsBeyondTheCatalogueAreNumbered() {
    List<String> names = Dataset.plan(Preset.XL, 42).departments();
    assertEquals("Executive Office", names.get(0));
    assertEquals("Engineering", names.get(1));
    assertTrue(names.contains("Engineering 2"));
    assertTrue(names.contains("Human Resources"));
  }

  @Test
  void someNamesAreNotAscii() {
    long nonAscii =
        Dataset.plan(Preset.S, 42).people().stream()
            .filter(p -> !p.displayName().chars().allMatch(c -> c < 128))
            .count();
    assertTrue(nonAscii > 0);
  }

  @Test
  void presetsParseInAnyCase() {
    assertEquals(Preset.XL, Preset.parse("xl"));
    assertEquals(Preset.S, Preset.parse(" S "));
    assertThrows(IllegalArgumentException.class, () -> Preset.parse("XXL"));
  }
}
