package org.learningcommons.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A knowledge article. The body is HTML that has already passed the sanitiser. The status moves
 * draft -> in review -> published, or back from review to draft with the editor's comment. A
 * published article carries a review-by date: until then its owner vouches for it ("verified"),
 * afterwards it "needs review" until the owner verifies it again.
 *
 * <p>The author never changes; the owner, who answers for the article being true, starts as the
 * author and can be handed to somebody else.
 */
@Entity
@Table(name = "article")
public class Article {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 200_000;
  public static final int MAX_CATEGORY = 80;
  public static final int MAX_TAG = 40;
  public static final int MAX_TAGS = 20;
  public static final int MAX_COMMENT = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false)
  private String body;

  /** The body as plain text: searched, shown in lists and feeds, compared between versions. */
  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Column(nullable = false, length = MAX_CATEGORY)
  private String category;

  @ElementCollection
  @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "tag", nullable = false, length = MAX_TAG)
  private Set<String> tags = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ArticleStatus status;

  @Column(name = "author", nullable = false, updatable = false)
  private String author;

  @Column(name = "owner", nullable = false)
  private String owner;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** The number of the newest kept version; 0 before the first submission. */
  @Column(name = "version_count", nullable = false)
  private int versionCount;

  /** Why the editor sent it back; cleared when it is submitted again. */
  @Column(name = "return_comment", length = MAX_COMMENT)
  private String returnComment;

  @Column(name = "returned_by")
  private String returnedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "review_by")
  private Instant reviewBy;

  /** When the owner was told the review-by date passed; once per verification. */
  @Column(name = "review_notified_at")
  private Instant reviewNotifiedAt;

  /** DRAFT or IN_REVIEW while a revision of a published article is on its way; else null. */
  @Enumerated(EnumType.STRING)
  @Column(name = "revision_status", length = 16)
  private ArticleStatus revisionStatus;

  @Column(name = "revision_title", length = MAX_TITLE)
  private String revisionTitle;

  @Column(name = "revision_body")
  private String revisionBody;

  @Column(name = "revision_body_text")
  private String revisionBodyText;

  @Column(name = "helpful_count", nullable = false)
  private int helpfulCount;

  @Column(name = "comment_count", nullable = false)
  private int commentCount;

  @Version private long version;

  protected Article() {}

  /** A new draft, owned by its author. */
  public Article(
      String title,
      String body,
      String bodyText,
      String category,
      Collection<String> tags,
      String author,
      Instant now) {
    this.author = requireName(author);
    this.owner = this.author;
    this.createdAt = Objects.requireNonNull(now);
    this.status = ArticleStatus.DRAFT;
    write(title, body, bodyText, category, tags, now);
  }

  /**
   * Replaces the text of a draft. A published article keeps showing its text while a revision
   * (title and body) is drafted and reviewed; its category and tags, which file the article rather
   * than say anything, change at once.
   */
  public void rewrite(
      String title,
      String body,
      String bodyText,
      String category,
      Collection<String> tags,
      Instant now) {
    if (status == ArticleStatus.DRAFT) {
      write(title, body, bodyText, category, tags, now);
      return;
    }
    if (status == ArticleStatus.PUBLISHED && revisionStatus != ArticleStatus.IN_REVIEW) {
      String revisedTitle = requireText(title, "title", MAX_TITLE);
      requireBody(body, bodyText);
      file(category, tags);
      revisionTitle = revisedTitle;
      revisionBody = body;
      revisionBodyText = bodyText;
      revisionStatus = ArticleStatus.DRAFT;
      updatedAt = now;
      return;
    }
    throw new ArticleStateException(
        status, "The article is in review; it is edited again once an editor returns it");
  }

  /**
   * Hands the draft (or the revision of a published article) to the editors. The text as submitted
   * becomes the next version.
   *
   * @return the new version's number
   */
  public int submit(Instant now) {
    if (status == ArticleStatus.DRAFT) {
      status = ArticleStatus.IN_REVIEW;
    } else if (revisionStatus == ArticleStatus.DRAFT) {
      revisionStatus = ArticleStatus.IN_REVIEW;
    } else {
      throw new ArticleStateException(
          status, "Only a draft or a revision is submitted; this article is " + label());
    }
    submittedAt = now;
    returnComment = null;
    returnedBy = null;
    updatedAt = now;
    return ++versionCount;
  }

  /**
   * Publishes the submitted text (a first draft, or a revision that then replaces the published
   * text). The author cannot approve their own article.
   *
   * @param reviewBy until when the owner vouches for it; must be in the future
   */
  public void approve(String editor, Instant reviewBy, Instant now) {
    if (!isInReview()) {
      throw new ArticleStateException(
          status, "Only an article in review is approved; this article is " + label());
    }
    if (author.equals(editor)) {
      throw new SelfApprovalException();
    }
    requireFuture(reviewBy, now);
    if (revisionStatus == ArticleStatus.IN_REVIEW) {
      title = revisionTitle;
      body = revisionBody;
      bodyText = revisionBodyText;
      dropRevision();
    }
    status = ArticleStatus.PUBLISHED;
    if (publishedAt == null) {
      publishedAt = now;
    }
    approvedBy = requireName(editor);
    verified(editor, reviewBy, now);
  }

  /** Sends the submitted text back to its author with the reason. */
  public void returnToAuthor(String editor, String comment, Instant now) {
    if (!isInReview()) {
      throw new ArticleStateException(
          status, "Only an article in review is returned; this article is " + label());
    }
    if (comment == null || comment.isBlank()) {
      throw new IllegalArgumentException("Say what the author should change");
    }
    String stripped = comment.strip();
    if (stripped.length() > MAX_COMMENT) {
      throw new IllegalArgumentException("comment is longer than " + MAX_COMMENT + " characters");
    }
    if (revisionStatus == ArticleStatus.IN_REVIEW) {
      revisionStatus = ArticleStatus.DRAFT;
    } else {
      status = ArticleStatus.DRAFT;
    }
    returnComment = stripped;
    returnedBy = requireName(editor);
    updatedAt = now;
  }

  /** Whether an editor has something to decide: a first draft or a revision. */
  public boolean isInReview() {
    return status == ArticleStatus.IN_REVIEW || revisionStatus == ArticleStatus.IN_REVIEW;
  }

  /** Whether the author or owner may change the text now (a draft, or a revision of one). */
  public boolean isEditable() {
    return status == ArticleStatus.DRAFT
        || (status == ArticleStatus.PUBLISHED && revisionStatus != ArticleStatus.IN_REVIEW);
  }

  /** Whether there is something to submit: a draft, or a drafted revision. */
  public boolean isSubmittable() {
    return status == ArticleStatus.DRAFT || revisionStatus == ArticleStatus.DRAFT;
  }

  /** The title being worked on: the revision's, else the article's. */
  public String getWorkingTitle() {
    return revisionStatus == null ? title : revisionTitle;
  }

  public String getWorkingBody() {
    return revisionStatus == null ? body : revisionBody;
  }

  public String getWorkingBodyText() {
    return revisionStatus == null ? bodyText : revisionBodyText;
  }

  private void dropRevision() {
    revisionStatus = null;
    revisionTitle = null;
    revisionBody = null;
    revisionBodyText = null;
  }

  /** The owner vouches for the article again, until {@code reviewBy}. */
  public void reverify(String by, Instant reviewBy, Instant now) {
    if (status != ArticleStatus.PUBLISHED) {
      throw new ArticleStateException(
          status, "Only a published article is verified; this article is " + label());
    }
    requireFuture(reviewBy, now);
    verified(by, reviewBy, now);
  }

  /** Makes somebody else answerable for the article. */
  public void handOver(String newOwner) {
    owner = requireName(newOwner);
  }

  /** What the article's badge says now; null while it is not published. */
  public ReviewBadge badgeAt(Instant now) {
    if (status != ArticleStatus.PUBLISHED) {
      return null;
    }
    return isReviewDueAt(now) ? ReviewBadge.NEEDS_REVIEW : ReviewBadge.VERIFIED;
  }

  /** Published and past its review-by date. */
  public boolean isReviewDueAt(Instant now) {
    return status == ArticleStatus.PUBLISHED && reviewBy != null && !now.isBefore(reviewBy);
  }

  /** Whether the owner still has to hear that the review is due (once per verification). */
  public boolean needsReviewNoticeAt(Instant now) {
    return isReviewDueAt(now) && reviewNotifiedAt == null;
  }

  public void reviewNoticeSent(Instant now) {
    reviewNotifiedAt = Objects.requireNonNull(now);
  }

  /** The author, the owner and editors see an unpublished article; everybody a published one. */
  public boolean isVisibleTo(String username, boolean editor) {
    return status == ArticleStatus.PUBLISHED || editor || isWrittenOrOwnedBy(username);
  }

  /** Whether {@code username} wrote or owns the article. */
  public boolean isWrittenOrOwnedBy(String username) {
    return author.equals(username) || owner.equals(username);
  }

  /** Only published articles are read, commented on, marked helpful or flagged. */
  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }

  /** Tags in lower case, trimmed, without blanks or duplicates. */
  public static Set<String> normaliseTags(Collection<String> tags) {
    Set<String> normalised = new LinkedHashSet<>();
    if (tags != null) {
      for (String tag : tags) {
        if (tag != null && !tag.isBlank()) {
          normalised.add(tag.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return normalised;
  }

  private void verified(String by, Instant reviewBy, Instant now) {
    verifiedBy = requireName(by);
    verifiedAt = now;
    this.reviewBy = reviewBy;
    reviewNotifiedAt = null;
    updatedAt = now;
  }

  private void write(
      String title,
      String body,
      String bodyText,
      String category,
      Collection<String> tags,
      Instant now) {
    this.title = requireText(title, "title", MAX_TITLE);
    requireBody(body, bodyText);
    this.body = body;
    this.bodyText = bodyText;
    file(category, tags);
    this.updatedAt = Objects.requireNonNull(now);
  }

  private void file(String category, Collection<String> tags) {
    String filed = requireText(category, "category", MAX_CATEGORY);
    Set<String> normalised = normaliseTags(tags);
    if (normalised.size() > MAX_TAGS) {
      throw new IllegalArgumentException("at most " + MAX_TAGS + " tags");
    }
    if (normalised.stream().anyMatch(t -> t.length() > MAX_TAG)) {
      throw new IllegalArgumentException("tags are at most " + MAX_TAG + " characters");
    }
    this.category = filed;
    this.tags.clear();
    this.tags.addAll(normalised);
  }

  private static void requireBody(String body, String bodyText) {
    if (body == null || body.isBlank() || bodyText == null || bodyText.isBlank()) {
      throw new IllegalArgumentException("body must not be blank");
    }
    if (body.length() > MAX_BODY) {
      throw new IllegalArgumentException("body is longer than " + MAX_BODY + " characters");
    }
  }

  private String label() {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void requireFuture(Instant reviewBy, Instant now) {
    if (reviewBy == null || !reviewBy.isAfter(now)) {
      throw new IllegalArgumentException("The review-by date must be in the future");
    }
  }

  private static String requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(field + " is longer than " + max + " characters");
    }
    return stripped;
  }

  private static String requireName(String username) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("a user name is required");
    }
    return username;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getCategory() {
    return category;
  }

  public Set<String> getTags() {
    return Set.copyOf(tags);
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public String getAuthor() {
    return author;
  }

  public String getOwner() {
    return owner;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public int getVersionCount() {
    return versionCount;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getReviewBy() {
    return reviewBy;
  }

  public Instant getReviewNotifiedAt() {
    return reviewNotifiedAt;
  }

  public ArticleStatus getRevisionStatus() {
    return revisionStatus;
  }

  public int getHelpfulCount() {
    return helpfulCount;
  }

  public int getCommentCount() {
    return commentCount;
  }
}
