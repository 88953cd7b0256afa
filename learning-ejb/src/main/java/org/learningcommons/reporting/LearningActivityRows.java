package org.learningcommons.reporting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a learning activity or engagement table: its key, columns, total and rows (one value
 * per column, typed as {@link ReportTable} describes).
 */
public record LearningActivityRows(
    String table, List<ReportColumn> columns, long total, int offset, List<Object[]> rows)
    implements Serializable {

  /** Each row as column key to value, in column order (for JSON). */
  public List<Map<String, Object>> maps() {
    List<Map<String, Object>> maps = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        map.put(columns.get(i).key(), row[i]);
      }
      maps.add(map);
    }
    return maps;
  }
}
