package org.learningcommons.article;

/** Nobody approves what they wrote themselves: a second person must have read it. */
public class SelfApprovalException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public SelfApprovalException() {
    super("You wrote this article, so another editor must approve it.");
  }
}
