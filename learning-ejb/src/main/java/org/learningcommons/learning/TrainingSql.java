package org.learningcommons.learning;

/**
 * {@link TrainingStatus#of} as an SQL expression, for lists that filter and sort by status; the two
 * must agree (the integration tests compare them on the same rows).
 */
final class TrainingSql {

  private TrainingSql() {}

  /**
   * @param due the due date column
   * @param started the started-at column (null: not started)
   * @param completed the latest completion's date (null: never completed)
   * @param validUntil that completion's expiry (null: never expires)
   * @param windowDays the course's renewal window in days
   * @param now the parameter or expression for now
   */
  static String status(
      String due,
      String started,
      String completed,
      String validUntil,
      String windowDays,
      String now) {
    return "(case when "
        + completed
        + " is not null then (case when "
        + validUntil
        + " is null then 'COMPLETED' when "
        + validUntil
        + " <= "
        + now
        + " then 'EXPIRED' when "
        + validUntil
        + " - make_interval(days => "
        + windowDays
        + ") <= "
        + now
        + " then 'EXPIRING' else 'COMPLETED' end) when "
        + due
        + " is not null and "
        + due
        + " < "
        + now
        + " then 'OVERDUE' when "
        + started
        + " is not null then 'IN_PROGRESS' else 'ASSIGNED' end)";
  }

  /** The latest completion of {@code username}'s {@code course} as a lateral join, alias k. */
  static String latestCompletion(String username, String course) {
    return " left join lateral (select k.id, k.completed_at, k.valid_until from completion k"
        + " where k.username = "
        + username
        + " and k.course_id = "
        + course
        + " order by k.completed_at desc, k.id desc limit 1) k on true";
  }
}
