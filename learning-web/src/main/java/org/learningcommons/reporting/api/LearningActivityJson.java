package org.learningcommons.reporting.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.learningcommons.reporting.LearningActivityRows;
import org.learningcommons.reporting.ReportColumn;
import org.learningcommons.reporting.ReportFilter;

/**
 * The JSON of the learning activity and engagement reports: the filter as applied, and tables as
 * their columns, total and rows (each row an object keyed by column; numbers as numbers, dates and
 * instants as ISO strings, empty values as null).
 */
final class LearningActivityJson {

  private LearningActivityJson() {}

  /** The filter of the request's query parameters (today's year when no period is given). */
  static ReportFilter filter(UriInfo uri, LocalDate today) {
    Map<String, String> parameters = new HashMap<>();
    uri.getQueryParameters().forEach((key, values) -> parameters.put(key, values.get(0)));
    return ReportFilter.parse(parameters, today);
  }

  static JsonObject filter(ReportFilter filter) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    filter.toParameters().forEach(json::add);
    return json.build();
  }

  static JsonObject rows(LearningActivityRows rows, int limit) {
    JsonArrayBuilder columns = Json.createArrayBuilder();
    for (ReportColumn column : rows.columns()) {
      columns.add(
          Json.createObjectBuilder().add("key", column.key()).add("type", column.type().name()));
    }
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Object[] row : rows.rows()) {
      JsonObjectBuilder item = Json.createObjectBuilder();
      for (int i = 0; i < row.length; i++) {
        add(item, rows.columns().get(i).key(), row[i]);
      }
      items.add(item);
    }
    return Json.createObjectBuilder()
        .add("table", rows.table())
        .add("columns", columns)
        .add("total", rows.total())
        .add("offset", rows.offset())
        .add("limit", limit)
        .add("items", items)
        .build();
  }

  static void add(JsonObjectBuilder json, String key, Object value) {
    if (value == null) {
      json.addNull(key);
    } else if (value instanceof BigDecimal decimal) {
      json.add(key, decimal);
    } else if (value instanceof Long number) {
      json.add(key, number);
    } else if (value instanceof Integer number) {
      json.add(key, number);
    } else if (value instanceof Double number) {
      json.add(key, number);
    } else {
      json.add(key, value.toString());
    }
  }
}
