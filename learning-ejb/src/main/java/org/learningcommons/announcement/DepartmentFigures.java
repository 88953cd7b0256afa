package org.learningcommons.announcement;

import java.io.Serializable;

/**
 * How far an announcement got in one department (or, as the total, in the whole audience).
 *
 * @param department null for people without a department in the directory, and for the total
 */
public record DepartmentFigures(String department, long audience, long read, long acknowledged)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public int readPercent() {
    return Figures.percent(read, audience);
  }

  public int acknowledgedPercent() {
    return Figures.percent(acknowledged, audience);
  }
}
