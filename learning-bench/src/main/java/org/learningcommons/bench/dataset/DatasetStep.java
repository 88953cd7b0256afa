package org.learningcommons.bench.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One kind of generated data (staff today; communities, threads, courses and enrolments as they are
 * built). The generator runs the steps in order inside one transaction, after removing the rows
 * earlier runs generated (steps in reverse order, so children go before their parents).
 */
public interface DatasetStep {

  /** A short name for the progress output, e.g. {@code staff}. */
  String name();

  /** The tables this step fills, parents before children. */
  List<String> tables();

  /**
   * An SQL condition over the columns of {@code table} that holds exactly for rows a generator
   * made, whatever the preset and seed. Every other row in the table is foreign data: the generator
   * refuses to run next to it unless forced, and never deletes it.
   */
  String generatedRows(String table);

  /**
   * Foreign rows that would collide with this dataset (e.g. a profile that already uses a username
   * the dataset needs), described for the person running the generator. Empty when none: such rows
   * are never deleted, so the generator stops even when forced.
   */
  default List<String> conflicts(Dataset dataset, Connection connection) throws SQLException {
    return List.of();
  }

  /**
   * Inserts this step's rows for {@code dataset}.
   *
   * @return the number of rows inserted
   */
  long load(Dataset dataset, Loader loader) throws SQLException;
}
