package org.learningcommons.community;

/** Orders of the community directory. */
public enum CommunitySort {
  ACTIVITY,
  MEMBERS,
  NAME
}
