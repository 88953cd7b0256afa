package org.learningcommons.development;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a development goal stands. Open and in-progress goals move freely between each other and to
 * achieved or dropped; an achieved goal is reopened as in progress, a dropped one as open.
 */
public enum GoalStatus {
  OPEN,
  IN_PROGRESS,
  ACHIEVED,
  DROPPED;

  /** The statuses a goal in this one may move to. */
  public Set<GoalStatus> next() {
    return switch (this) {
      case OPEN -> EnumSet.of(IN_PROGRESS, ACHIEVED, DROPPED);
      case IN_PROGRESS -> EnumSet.of(OPEN, ACHIEVED, DROPPED);
      case ACHIEVED -> EnumSet.of(IN_PROGRESS);
      case DROPPED -> EnumSet.of(OPEN);
    };
  }

  /** Achieved and dropped goals are closed: their text stays as it was. */
  public boolean isClosed() {
    return this == ACHIEVED || this == DROPPED;
  }
}
