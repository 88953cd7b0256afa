package org.learningcommons.discussion;

/** Stored by name. Hidden posts are shown to moderators only; deleted ones to nobody. */
public enum PostStatus {
  VISIBLE,
  HIDDEN,
  DELETED
}
