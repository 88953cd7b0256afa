package org.learningcommons.reporting.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Chart.js configurations for {@code p:chart}, built as JSON (never by string concatenation). */
final class LearningReportCharts {

  /** Colours of the series, in order; the palette of the saga theme. */
  private static final List<String> COLOURS =
      List.of("#2196f3", "#4caf50", "#ff9800", "#9c27b0", "#f44336", "#607d8b");

  private LearningReportCharts() {}

  /** One series over labels. */
  static String single(
      String type, List<String> labels, String label, List<? extends Number> data) {
    return chart(type, labels, List.of(label), List.of(data), false);
  }

  /** Several series stacked per label. */
  static String stacked(
      List<String> labels, List<String> series, List<? extends List<? extends Number>> data) {
    return chart("bar", labels, series, data, true);
  }

  private static String chart(
      String type,
      List<String> labels,
      List<String> series,
      List<? extends List<? extends Number>> data,
      boolean stacked) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      for (Number value : data.get(i)) {
        values.add(Json.createValue(value.doubleValue()));
      }
      String colour = COLOURS.get(i % COLOURS.size());
      datasets.add(
          Json.createObjectBuilder()
              .add("label", series.get(i))
              .add("data", values)
              .add("backgroundColor", colour)
              .add("borderColor", colour)
              .add("fill", false));
    }
    JsonArrayBuilder axisLabels = Json.createArrayBuilder();
    labels.forEach(axisLabels::add);
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("x", Json.createObjectBuilder().add("stacked", stacked))
            .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", axisLabels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", scales))
        .build()
        .toString();
  }
}
