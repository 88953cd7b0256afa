package org.learningcommons.learning;

/** Quiz question kinds: one right option, any set of right options, or true/false. */
public enum QuestionKind {
  SINGLE,
  MULTIPLE,
  TRUE_FALSE
}
