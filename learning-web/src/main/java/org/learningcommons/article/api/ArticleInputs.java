package org.learningcommons.article.api;

import java.time.Instant;
import java.util.List;
import org.learningcommons.article.Article;
import org.learningcommons.article.ArticleComment;
import org.learningcommons.article.ArticleDraft;
import org.learningcommons.article.ArticleFlag;
import org.learningcommons.infrastructure.rest.InvalidInputException;
import org.learningcommons.people.Usernames;

/** The request bodies of the article API, each checking itself. */
public final class ArticleInputs {

  private ArticleInputs() {}

  /** The body of {@code POST /articles} and {@code PUT /articles/{id}}. */
  public record ArticleInput(String title, String body, String category, List<String> tags) {

    ArticleDraft checkedDraft() {
      InvalidInputException.check()
          .required("title", title, Article.MAX_TITLE)
          .required("body", body, Article.MAX_BODY)
          .required("category", category, Article.MAX_CATEGORY)
          .items("tags", tags, Article.MAX_TAGS)
          .rule(
              tags != null
                  && tags.stream().anyMatch(t -> t != null && t.length() > Article.MAX_TAG),
              "tags",
              "must each be at most " + Article.MAX_TAG + " characters")
          .done();
      return new ArticleDraft(title, body, category, tags == null ? List.of() : tags);
    }
  }

  /** Optional body of the approval and the verification: until when it counts as verified. */
  public record ReviewByInput(Instant reviewBy) {}

  /** The body of {@code POST /articles/{id}/return}. */
  public record ReturnInput(String comment) {

    String checked() {
      InvalidInputException.check().required("comment", comment, Article.MAX_COMMENT).done();
      return comment;
    }
  }

  /** The body of {@code POST /articles/{id}/flags}. */
  public record FlagInput(String reason) {

    String checked() {
      InvalidInputException.check().required("reason", reason, ArticleFlag.MAX_REASON).done();
      return reason;
    }
  }

  /** The body of {@code POST /articles/{id}/comments}. */
  public record CommentInput(String body) {

    String checked() {
      InvalidInputException.check().required("body", body, ArticleComment.MAX_BODY).done();
      return body;
    }
  }

  /** The body of {@code PUT /articles/{id}/owner}. */
  public record OwnerInput(String owner) {

    String checked() {
      InvalidInputException.check().required("owner", owner, Usernames.MAX_LENGTH).done();
      return owner;
    }
  }

  /** A new thing's id, with its Location header. */
  public record CreatedDto(long id) {}

  /** How many owners the review-due run told. */
  public record ReviewRunDto(int notified) {}
}
