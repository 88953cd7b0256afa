package org.learningcommons.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningcommons.demo.TestDatabase;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.people.Role;

/**
 * The scope SQL every report starts with, checked against a plain Java walk of the same generated
 * reporting hierarchy (a forest of 600 people with leavers in the middle of lines, departments
 * written in mixed case, recorded roles, and a cycle in the directory): for many managers and
 * filters, the people the database returns are exactly the people below the manager who are active
 * and match the filter.
 */
class ScopeSqlTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final List<String> DEPARTMENTS = List.of("Sales", "Engineering", "HR", "Legal");

  private static TestDatabase database;
  private static final Map<String, Person> PEOPLE = new HashMap<>();

  private record Person(
      String username, String manager, String department, boolean active, Set<Role> roles) {}

  @BeforeAll
  static void generateHierarchy() throws SQLException {
    database = TestDatabase.create();
    Flyway.configure()
        .dataSource(database.jdbcUrl(), database.user(), database.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Random random = new Random(7);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String name = "p" + i;
      String manager = i < 5 ? null : names.get(random.nextInt(i));
      String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
      if (random.nextInt(5) == 0) {
        department = department.toUpperCase(Locale.ROOT);
      }
      boolean active = random.nextInt(10) != 0;
      Set<Role> roles = new HashSet<>(Set.of(Role.STAFF));
      if (random.nextInt(15) == 0) {
        roles.add(Role.HR);
      }
      PEOPLE.put(name, new Person(name, manager, department, active, roles));
      names.add(name);
    }
    // A cycle in the directory (c1 -> c2 -> c3 -> c1) with one person hanging below it.
    PEOPLE.put("c1", new Person("c1", "c3", "Sales", true, Set.of(Role.STAFF, Role.MANAGER)));
    PEOPLE.put("c2", new Person("c2", "c1", "Sales", true, Set.of(Role.STAFF, Role.MANAGER)));
    PEOPLE.put("c3", new Person("c3", "c2", "Sales", true, Set.of(Role.STAFF, Role.MANAGER)));
    PEOPLE.put("x1", new Person("x1", "c2", "Legal", true, Set.of(Role.STAFF)));
    insert();
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void everyoneIsEveryActivePerson() throws SQLException {
    Set<String> expected = new TreeSet<>();
    PEOPLE.values().stream().filter(Person::active).forEach(p -> expected.add(p.username()));
    assertEquals(expected, scoped(null, ReportFilter.defaults(TODAY)));
  }

  @Test
  void aManagersLineIsEveryActivePersonBelowThemAtAnyDepthAcrossLeavers() throws SQLException {
    for (String manager : managers()) {
      assertEquals(
          expected(manager, ReportFilter.defaults(TODAY)),
          scoped(manager, ReportFilter.defaults(TODAY)),
          "line of " + manager);
    }
  }

  @Test
  void departmentAndRoleFiltersNarrowTheLineCaseInsensitively() throws SQLException {
    ReportFilter sales = ReportFilter.defaults(TODAY).withDepartment("sales");
    ReportFilter hr = ReportFilter.defaults(TODAY).withRole(Role.HR);
    ReportFilter both = sales.withRole(Role.HR);
    for (String manager : managers().subList(0, 15)) {
      assertEquals(expected(manager, sales), scoped(manager, sales), "sales below " + manager);
      assertEquals(expected(manager, hr), scoped(manager, hr), "HR below " + manager);
      assertEquals(expected(manager, both), scoped(manager, both), "both below " + manager);
    }
    assertEquals(expected(null, sales), scoped(null, sales));
  }

  @Test
  void theFiltersManagerReplacesTheScopesRoot() throws SQLException {
    String top = managers().get(0);
    String below =
        expected(top, ReportFilter.defaults(TODAY)).stream()
            .filter(name -> PEOPLE.values().stream().anyMatch(p -> name.equals(p.manager())))
            .findFirst()
            .orElseThrow();
    ReportFilter narrowed = ReportFilter.defaults(TODAY).withManager(below);
    SqlParams params = new SqlParams();
    assertEquals(
        expected(below, narrowed),
        run(ScopeSql.with(ReportScope.lineOf(top), narrowed, params), params));
  }

  @Test
  void aCycleInTheDirectoryEndsAndCoversEveryoneInIt() throws SQLException {
    assertEquals(Set.of("c1", "c2", "c3", "x1"), scoped("c1", ReportFilter.defaults(TODAY)));
  }

  @Test
  void placeholdersMayRepeatAndComeInAnyOrderInTheText() throws SQLException {
    SqlParams params = new SqlParams();
    String text = params.add("x");
    String two = params.add(2);
    try (Connection connection = database.connect();
        PreparedStatement statement =
            params.prepare(
                connection,
                "select cast("
                    + two
                    + " as int) + cast("
                    + two
                    + " as int), cast("
                    + text
                    + " as text)");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      assertEquals(4, rows.getInt(1));
      assertEquals("x", rows.getString(2));
    }
  }

  /** Managers with at least one person below them, biggest lines first. */
  private static List<String> managers() {
    List<String> managers = new ArrayList<>();
    PEOPLE.values().stream()
        .map(Person::manager)
        .filter(m -> m != null && m.startsWith("p"))
        .distinct()
        .sorted()
        .forEach(managers::add);
    managers.sort(
        (a, b) ->
            Integer.compare(
                expected(b, ReportFilter.defaults(TODAY)).size(),
                expected(a, ReportFilter.defaults(TODAY)).size()));
    return managers.subList(0, Math.min(40, managers.size()));
  }

  private static Set<String> expected(String root, ReportFilter filter) {
    Set<String> below = new HashSet<>();
    if (root == null) {
      below.addAll(PEOPLE.keySet());
    } else {
      Deque<String> open = new ArrayDeque<>(List.of(root));
      while (!open.isEmpty()) {
        String manager = open.pop();
        for (Person p : PEOPLE.values()) {
          if (manager.equals(p.manager()) && below.add(p.username())) {
            open.push(p.username());
          }
        }
      }
    }
    Set<String> found = new TreeSet<>();
    for (String name : below) {
      Person p = PEOPLE.get(name);
      if (p.active()
          && (filter.department() == null || p.department().equalsIgnoreCase(filter.department()))
          && (filter.role() == null || p.roles().contains(filter.role()))) {
        found.add(name);
      }
    }
    return found;
  }

  private static Set<String> scoped(String manager, ReportFilter filter) throws SQLException {
    ReportScope scope = manager == null ? ReportScope.everyone() : ReportScope.lineOf(manager);
    SqlParams params = new SqlParams();
    String sql = ScopeSql.with(scope, filter, params);
    return run(sql, params);
  }

  private static Set<String> run(String with, SqlParams params) throws SQLException {
    Set<String> found = new TreeSet<>();
    try (Connection connection = database.connect();
        PreparedStatement statement =
            params.prepare(connection, with + " select username from scoped")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
    }
    return found;
  }

  private static void insert() throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection connection = database.connect();
        PreparedStatement person =
            connection.prepareStatement(
                "insert into staff_member (username, directory_dn, display_name, department,"
                    + " manager_username, active, first_seen_at, last_synced_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement role =
            connection.prepareStatement(
                "insert into staff_member_role (staff_member_id, role)"
                    + " select id, ? from staff_member where username = ?")) {
      for (Person p : PEOPLE.values()) {
        person.setString(1, p.username());
        person.setString(2, "uid=" + p.username());
        person.setString(3, "Person " + p.username());
        person.setString(4, p.department());
        person.setString(5, p.manager());
        person.setBoolean(6, p.active());
        person.setTimestamp(7, now);
        person.setTimestamp(8, now);
        person.addBatch();
      }
      person.executeBatch();
      for (Person p : PEOPLE.values()) {
        for (Role r : p.roles()) {
          role.setString(1, r.name());
          role.setString(2, p.username());
          role.addBatch();
        }
      }
      role.executeBatch();
    }
  }
}
