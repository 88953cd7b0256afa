package org.learningcommons.announcement;

/**
 * What an edit of a published announcement that asks for acknowledgement means for the
 * acknowledgements already given. The editor has to say it: the system cannot tell a typo fix from
 * a changed rule.
 */
public enum AcknowledgementsOnEdit {
  /**
   * A material change: acknowledgements given before it no longer count; everyone acknowledges
   * again.
   */
  RESET,
  /** A correction such as a typo: acknowledgements stand. */
  KEEP
}
