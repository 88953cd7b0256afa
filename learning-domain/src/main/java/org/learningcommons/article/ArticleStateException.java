package org.learningcommons.article;

/** The article is not in the status this step starts from, e.g. approving a draft. */
public class ArticleStateException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final ArticleStatus status;

  public ArticleStateException(ArticleStatus status, String message) {
    super(message);
    this.status = status;
  }

  /** The status the article was in. */
  public ArticleStatus status() {
    return status;
  }
}
