package org.learningcommons.learning;

import java.util.List;

/**
 * What the catalogue says about a course, as its owner writes it.
 *
 * @param audienceDepartments empty for everyone
 * @param validityMonths how long a completion stays valid; null for ever
 * @param renewalWindowDays how many days before expiry the renewal window opens
 */
public record CourseDescription(
    String title,
    String summary,
    String category,
    List<String> tags,
    List<String> audienceDepartments,
    int durationMinutes,
    CourseFormat format,
    boolean selfEnrol,
    Integer validityMonths,
    int renewalWindowDays) {

  public CourseDescription {
    tags = tags == null ? List.of() : List.copyOf(tags);
    audienceDepartments =
        audienceDepartments == null ? List.of() : List.copyOf(audienceDepartments);
  }
}
