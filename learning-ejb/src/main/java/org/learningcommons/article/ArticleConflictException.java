package org.learningcommons.article;

import jakarta.ejb.ApplicationException;
import org.learningcommons.community.RejectedInputException;

/**
 * The article's status refuses the step, e.g. approving a draft or commenting on an article that is
 * not published: the request was well formed, the state conflicts (409 from the API).
 */
@ApplicationException(rollback = true)
public class ArticleConflictException extends RejectedInputException {

  private static final long serialVersionUID = 1L;

  public ArticleConflictException(String message) {
    super("status", "refusal.article.status", message);
  }
}
