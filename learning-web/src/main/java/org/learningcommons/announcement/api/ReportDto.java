package org.learningcommons.announcement.api;

import java.util.List;
import org.learningcommons.announcement.AcknowledgementReport;
import org.learningcommons.announcement.DepartmentFigures;

/**
 * The acknowledgement report: the audience now (active staff it addresses), how many of them read
 * the announcement and how many acknowledgements stand, in total and per department (people without
 * a department under {@code null}, last). Percentages are rounded down.
 */
public record ReportDto(
    long announcementId,
    String title,
    String phase,
    boolean requiresAcknowledgement,
    long audience,
    long read,
    long acknowledged,
    int readPercent,
    int acknowledgedPercent,
    List<DepartmentDto> departments) {

  /** The figures of one department. */
  public record DepartmentDto(
      String department,
      long audience,
      long read,
      long acknowledged,
      int readPercent,
      int acknowledgedPercent) {

    static DepartmentDto of(DepartmentFigures f) {
      return new DepartmentDto(
          f.department(),
          f.audience(),
          f.read(),
          f.acknowledged(),
          f.readPercent(),
          f.acknowledgedPercent());
    }
  }

  static ReportDto of(AcknowledgementReport report) {
    DepartmentFigures total = report.total();
    return new ReportDto(
        report.announcement().id(),
        report.announcement().title(),
        report.announcement().phase().name(),
        report.announcement().requiresAcknowledgement(),
        total.audience(),
        total.read(),
        total.acknowledged(),
        total.readPercent(),
        total.acknowledgedPercent(),
        report.departments().stream().map(DepartmentDto::of).toList());
  }
}
