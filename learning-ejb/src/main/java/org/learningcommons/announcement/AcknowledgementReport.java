package org.learningcommons.announcement;

import java.io.Serializable;
import java.util.List;

/**
 * The publisher's report on one announcement: the audience, who read it and whose acknowledgement
 * stands, per department (sorted by name, people without a department last) and in total.
 */
public record AcknowledgementReport(
    PublishedAnnouncement announcement,
    DepartmentFigures total,
    List<DepartmentFigures> departments)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public AcknowledgementReport {
    departments = List.copyOf(departments);
  }
}
