package org.learningcommons.reporting;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A filter as a URL query string, the form saved views and schedules keep it in (the same as {@code
 * ReportFilterForm.query} on the pages). A stored query without a period means "the twelve months
 * up to the day it is used", so that a weekly schedule always reports the latest year.
 */
public final class ReportQuery {

  /** Longest stored query (the columns are varchar(2000)). */
  public static final int MAX_LENGTH = 2000;

  private ReportQuery() {}

  public static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (query == null || query.isBlank()) {
      return parameters;
    }
    String text = query.strip();
    if (text.startsWith("?")) {
      text = text.substring(1);
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.put(key, value);
    }
    return parameters;
  }

  /** Parses the query into a filter, {@code today} filling in a missing period. */
  public static ReportFilter filter(String query, LocalDate today) {
    return ReportFilter.parse(parameters(query), today);
  }

  /**
   * The query in a stable order, with only the filter's parameters; the period is kept only if the
   * query named one.
   */
  public static String normalise(String query, LocalDate today) {
    Map<String, String> given = parameters(query);
    Map<String, String> kept = new LinkedHashMap<>(filter(query, today).toParameters());
    if (isBlank(given.get(ReportFilter.FROM)) && isBlank(given.get(ReportFilter.TO))) {
      kept.remove(ReportFilter.FROM);
      kept.remove(ReportFilter.TO);
    }
    return of(kept);
  }

  public static String of(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidReportFilterException("query", "The filter is not a valid query string.");
    }
  }
}
