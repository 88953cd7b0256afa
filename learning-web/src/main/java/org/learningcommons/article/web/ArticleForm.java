package org.learningcommons.article.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.learningcommons.article.ArticleDraft;
import org.learningcommons.article.ArticleEditing;
import org.learningcommons.article.ArticleReading;
import org.learningcommons.article.ArticleView;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.web.Messages;

/** Writing a new article or editing a draft ({@code ?id=} names the draft). */
@Named
@ViewScoped
public class ArticleForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "title", "articleForm:title",
          "body", "articleForm:body",
          "category", "articleForm:category",
          "tags", "articleForm:tags");

  @EJB ArticleEditing editing;
  @EJB ArticleReading reading;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private String id;
  private Long articleId;
  private String title;
  private String body;
  private String category;
  private String tags;
  private String returnComment;

  public void load() {
    if (id == null || id.isBlank()) {
      return;
    }
    ArticleView article = refusals.found(id, reading::article);
    if (article == null) {
      return;
    }
    articleId = article.id();
    if (!article.may().edit()) {
      refusals.forbidden();
      return;
    }
    // A published article is edited as a revision: the form starts from it when there is one.
    title = article.revisionStatus() == null ? article.title() : article.revisionTitle();
    body = article.revisionStatus() == null ? article.body() : article.revisionBody();
    category = article.category();
    tags = String.join(", ", article.tags());
    returnComment = article.returnComment();
  }

  public String save() {
    return save(false);
  }

  public String saveAndSubmit() {
    return save(true);
  }

  private String save(boolean submit) {
    ArticleDraft draft = new ArticleDraft(title, body, category, tagList());
    long[] saved = new long[1];
    boolean done =
        refusals.attempt(
            () -> {
              if (articleId == null) {
                saved[0] = editing.create(draft);
              } else {
                editing.update(articleId, draft);
                saved[0] = articleId;
              }
            },
            FIELDS);
    if (!done) {
      return null;
    }
    articleId = saved[0];
    if (submit && !refusals.attempt(() -> editing.submit(saved[0]))) {
      return null;
    }
    messages.info(submit ? "article.submitted" : "article.saved");
    messages.keepForRedirect();
    return "/articles/article?faces-redirect=true&id=" + saved[0];
  }

  private List<String> tagList() {
    return tags == null
        ? List.of()
        : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  public boolean isNew() {
    return articleId == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getArticleId() {
    return articleId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getReturnComment() {
    return returnComment;
  }
}
