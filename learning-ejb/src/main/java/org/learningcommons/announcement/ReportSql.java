package org.learningcommons.announcement;

/**
 * The SQL of the acknowledgement report, after {@link AudienceSql#audienceOf} of the announcement
 * bound to {@code ?1}: the audience's receipts, and who is still missing.
 */
final class ReportSql {

  private ReportSql() {}

  /**
   * Joins each person of {@code audience au} to their receipt {@code r} (if any) and to {@code x}:
   * whether the announcement asks for acknowledgement and since when acknowledgements count.
   */
  static final String RECEIPTS =
      " cross join (select acknowledgement_required as required,"
          + " coalesce(acknowledgements_reset_at, '-infinity') as reset_at"
          + " from announcement where id = ?1) x"
          + " left join announcement_receipt r on r.announcement_id = ?1"
          + " and r.username = au.username ";

  /** The receipt's acknowledgement counts: given after the last material change. */
  static final String STANDS = "r.acknowledged_at > x.reset_at";

  /**
   * Still missing: a standing acknowledgement when the announcement asks for one, otherwise a
   * reading.
   */
  static final String PENDING =
      "(case when x.required then r.acknowledged_at is null or r.acknowledged_at <= x.reset_at"
          + " else r.username is null end)";
}
