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
    return List.of(TABLE);
  }

  @Override
  public String generatedRows(String table) {
    return GENERATED;
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
