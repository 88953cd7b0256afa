package org.learningcommons.bench.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff profiles exactly as the application's directory sync creates them from the generated
 * directory: active, first seen and last synced at {@link Dataset#EPOCH}, version 0, nothing the
 * person writes about themselves (bio, skills, interests) and no sign-in yet.
 */
final class StaffStep implements DatasetStep {

  static final String TABLE = "staff_member";

  /** The roles recorded at sign-in (V6), as the directory groups of the LDIF grant them. */
  static final String ROLES = "staff_member_role";

  /** A profile whose username and directory entry have the generated forms. */
  static final String GENERATED =
      "username ~ '^u[0-9]{6}$' and directory_dn = 'uid=' || username || ',"
          + Directory.PEOPLE_DN
          + "'";

  private static final List<String> COLUMNS =
      List.of(
          "username",
          "directory_dn",
          "display_name",
          "email",
          "department",
          "title",
          "manager_username",
          "active",
          "first_seen_at",
          "last_synced_at",
          "version");

  @Override
  public String name() {
    return "staff";
  }

  @Override
  public List<String> tables() {
    return List.of(TABLE, ROLES);
  }

  @Override
  public String generatedRows(String table) {
    return switch (table) {
      case TABLE -> GENERATED;
      // Also the roles the application records when a generated person signs in.
      case ROLES ->
          "exists (select 1 from staff_member gs where gs.id = staff_member_role.staff_member_id"
              + " and "
              + GENERATED
                  .replace("username", "gs.username")
                  .replace("directory_dn", "gs.directory_dn")
              + ")";
      default -> throw new IllegalArgumentException("The staff step does not fill " + table);
    };
  }

  @Override
  public List<String> conflicts(Dataset dataset, Connection connection) throws SQLException {
    List<String> conflicts = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select username, directory_dn from staff_member where not ("
                + GENERATED
                + ") and username ~ '^u[0-9]{6}$' and username between ? and ?"
                + " order by username limit 5")) {
      query.setString(1, DatasetGenerator.username(1));
      query.setString(2, DatasetGenerator.username(dataset.people().size()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          conflicts.add(
              "staff_member '"
                  + rows.getString(1)
                  + "' ("
                  + rows.getString(2)
                  + ") has a username the dataset needs");
        }
      }
    }
    return conflicts;
  }

  @Override
  public long load(Dataset dataset, Loader loader) throws SQLException {
    long rows = profiles(dataset, loader);
    rows += roles(loader.connection(), "STAFF", dataset.people());
    rows += roles(loader.connection(), "MANAGER", dataset.managers());
    rows += roles(loader.connection(), "HR", dataset.hr());
    rows += roles(loader.connection(), "ADMIN", dataset.admins());
    return rows;
  }

  /**
   * The role rows as a sign-in records them: everyone is STAFF, LC-Managers MANAGER, LC-HR HR and
   * LC-Admins ADMIN. The profile ids are the database's, so the rows are inserted by username.
   */
  private static long roles(Connection connection, String role, List<Person> people)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into staff_member_role (staff_member_id, role)"
                + " select id, ? from staff_member where username = any (?)")) {
      insert.setString(1, role);
      insert.setArray(
          2,
          connection.createArrayOf(
              "varchar", people.stream().map(Person::username).toArray(String[]::new)));
      return insert.executeUpdate();
    }
  }

  private static long profiles(Dataset dataset, Loader loader) throws SQLException {
    return loader.copy(
        TABLE,
        COLUMNS,
        dataset.people(),
        (person, row) ->
            row.text(person.username())
                .text(person.dn())
                .text(person.displayName())
                .text(person.email())
                .text(person.department())
                .text(person.title())
                .text(person.managerUsername())
                .bool(true)
                .instant(Dataset.EPOCH)
                .instant(Dataset.EPOCH)
                .number(0));
  }
}
