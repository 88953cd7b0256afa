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

/**
 * The ids the load journey needs beside usernames, read back from the loaded database (so they are
 * the ids the rows really got) into a CSV next to the LDIF: per generated person, an open community
 * they are an active member of, one of its threads and a hot thread (200+ top-level replies, in an
 * open community, so its second page exists). The picks vary by person so that concurrent visits
 * spread over the data instead of sharing one cached page.
 */
final class JourneyData {

  static final String HEADER = "username,community,thread,hotThread";

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
        select mine.username, mine.community,
               (select t.id from discussion_thread t where t.community_id = mine.community
                 order by t.pinned desc, t.last_activity_at desc, t.id desc
                 limit 1 offset abs(hashtext(mine.username)) %% least(mine.thread_count, 20)),
               (select hot.id from hot
                 where hot.n = abs(hashtext(mine.username || ':hot')) %% hot.total)
          from mine order by mine.username
        """
            .formatted(
                DiscussionPlanner.HOT_MIN_TOP_LEVEL,
                CommunityStep.generatedCommunity("c"),
                CommunityStep.generatedCommunity("c"));
    int people = 0;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sql)) {
        out.write(HEADER + "\n");
        while (rows.next()) {
          out.write(
              rows.getString(1)
                  + ","
                  + rows.getLong(2)
                  + ","
                  + rows.getLong(3)
                  + ","
                  + rows.getLong(4)
                  + "\n");
          people++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return people;
  }
}
