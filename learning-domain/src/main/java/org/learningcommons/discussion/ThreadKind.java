package org.learningcommons.discussion;

/** Stored by name. A question can have one accepted answer. */
public enum ThreadKind {
  DISCUSSION,
  QUESTION
}
