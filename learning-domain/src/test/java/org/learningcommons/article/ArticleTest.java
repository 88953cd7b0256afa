package org.learningcommons.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant IN_SIX_MONTHS = NOW.plus(Duration.ofDays(182));

  static Article draft(String author) {
    Article article =
        new Article(
            "VPN setup",
            "<p>Install the client.</p>",
            "Install the client.",
            "IT",
            List.of(" VPN ", "remote", "vpn", ""),
            author,
            NOW);
    try {
      Field id = Article.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(article, 7L);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return article;
  }

  static Article published(String author) {
    Article article = draft(author);
    article.submit(NOW);
    article.approve("hannah", IN_SIX_MONTHS, NOW);
    return article;
  }

  @Test
  void aNewArticleIsADraftOwnedByItsAuthorWithTidyTags() {
    Article article = draft("alice");

    assertEquals(ArticleStatus.DRAFT, article.getStatus());
    assertEquals("alice", article.getOwner());
    assertEquals(java.util.Set.of("vpn", "remote"), article.getTags());
    assertNull(article.badgeAt(NOW));
  }

  @Test
  void aDraftGoesThroughReviewToPublished() {
    Article article = draft("alice");

    assertEquals(1, article.submit(NOW));
    assertEquals(ArticleStatus.IN_REVIEW, article.getStatus());
    article.approve("hannah", IN_SIX_MONTHS, NOW);

    assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
    assertEquals(NOW, article.getPublishedAt());
    assertEquals("hannah", article.getApprovedBy());
    assertEquals(IN_SIX_MONTHS, article.getReviewBy());
  }

  @Test
  void theAuthorCannotApproveTheirOwnArticle() {
    Article article = draft("hannah");
    article.submit(NOW);

    assertThrows(SelfApprovalException.class, () -> article.approve("hannah", IN_SIX_MONTHS, NOW));
    assertEquals(ArticleStatus.IN_REVIEW, article.getStatus());
  }

  @Test
  void theAuthorCannotApproveEvenAfterHandingOwnershipAway() {
    Article article = draft("hannah");
    article.handOver("bob");
    article.submit(NOW);

    assertThrows(SelfApprovalException.class, () -> article.approve("hannah", IN_SIX_MONTHS, NOW));
  }

  @Test
  void aReturnedArticleIsADraftAgainWithTheEditorsComment() {
    Article article = draft("alice");
    article.submit(NOW);

    article.returnToAuthor("hannah", "  Add the Mac steps.  ", NOW);

    assertEquals(ArticleStatus.DRAFT, article.getStatus());
    assertEquals("Add the Mac steps.", article.getReturnComment());
    article.rewrite("VPN setup", "<p>Mac too.</p>", "Mac too.", "IT", List.of(), NOW);
    assertEquals(2, article.submit(NOW));
    assertNull(article.getReturnComment());
  }

  @Test
  void returningNeedsAComment() {
    Article article = draft("alice");
    article.submit(NOW);

    assertThrows(IllegalArgumentException.class, () -> article.returnToAuthor("hannah", " ", NOW));
  }

  @Test
  void stepsOutOfOrderAreRefused() {
    Article article = draft("alice");

    assertThrows(ArticleStateException.class, () -> article.approve("hannah", IN_SIX_MONTHS, NOW));
    assertThrows(ArticleStateException.class, () -> article.returnToAuthor("hannah", "x", NOW));
    assertThrows(ArticleStateException.class, () -> article.reverify("alice", IN_SIX_MONTHS, NOW));
    article.submit(NOW);
    assertThrows(ArticleStateException.class, () -> article.submit(NOW));
    assertThrows(
        ArticleStateException.class,
        () -> article.rewrite("t", "<p>b</p>", "b", "IT", List.of(), NOW));
  }

  @Test
  void aPublishedArticleIsRevisedWhileReadersKeepThePublishedText() {
    Article article = published("alice");

    article.rewrite("VPN setup, 2026", "<p>New host.</p>", "New host.", "IT", List.of("vpn"), NOW);
    assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
    assertEquals("VPN setup", article.getTitle());
    assertEquals("Install the client.", article.getBodyText());
    assertEquals("VPN setup, 2026", article.getWorkingTitle());
    assertEquals(ArticleStatus.DRAFT, article.getRevisionStatus());

    assertEquals(2, article.submit(NOW));
    assertTrue(article.isInReview());
    assertFalse(article.isEditable());
    assertThrows(
        ArticleStateException.class,
        () -> article.rewrite("t", "<p>b</p>", "b", "IT", List.of(), NOW));
    article.returnToAuthor("hannah", "Name the new host.", NOW);
    assertEquals(ArticleStatus.DRAFT, article.getRevisionStatus());
    assertEquals(ArticleStatus.PUBLISHED, article.getStatus());

    article.submit(NOW);
    assertThrows(SelfApprovalException.class, () -> article.approve("alice", IN_SIX_MONTHS, NOW));
    article.approve("hannah", IN_SIX_MONTHS, NOW);
    assertEquals("VPN setup, 2026", article.getTitle());
    assertEquals("New host.", article.getBodyText());
    assertNull(article.getRevisionStatus());
    assertEquals(ReviewBadge.VERIFIED, article.badgeAt(NOW));
  }

  @Test
  void theReviewByDateMustBeInTheFuture() {
    Article article = draft("alice");
    article.submit(NOW);

    assertThrows(IllegalArgumentException.class, () -> article.approve("hannah", NOW, NOW));
  }

  @Test
  void theBadgeSaysVerifiedUntilTheReviewByDateAndNeedsReviewAfter() {
    Article article = published("alice");

    assertEquals(ReviewBadge.VERIFIED, article.badgeAt(IN_SIX_MONTHS.minusSeconds(1)));
    assertEquals(ReviewBadge.NEEDS_REVIEW, article.badgeAt(IN_SIX_MONTHS));
    assertFalse(article.needsReviewNoticeAt(IN_SIX_MONTHS.minusSeconds(1)));
    assertTrue(article.needsReviewNoticeAt(IN_SIX_MONTHS));
  }

  @Test
  void theOwnerIsToldOncePerVerificationAndReverifyingStartsAgain() {
    Article article = published("alice");
    Instant late = IN_SIX_MONTHS.plusSeconds(60);

    article.reviewNoticeSent(late);
    assertFalse(article.needsReviewNoticeAt(late));

    Instant next = late.plus(Duration.ofDays(182));
    article.reverify("alice", next, late);
    assertEquals(ReviewBadge.VERIFIED, article.badgeAt(late));
    assertEquals("alice", article.getVerifiedBy());
    assertTrue(article.needsReviewNoticeAt(next));
  }

  @Test
  void unpublishedArticlesAreSeenByAuthorOwnerAndEditorsOnly() {
    Article article = draft("alice");
    article.handOver("bob");

    assertTrue(article.isVisibleTo("alice", false));
    assertTrue(article.isVisibleTo("bob", false));
    assertTrue(article.isVisibleTo("carol", true));
    assertFalse(article.isVisibleTo("carol", false));
    assertTrue(published("alice").isVisibleTo("carol", false));
  }

  @Test
  void flagsNeedAReasonAndPublishedArticles() {
    assertThrows(
        ArticleStateException.class, () -> new ArticleFlag(draft("alice"), "bob", "old", NOW));
    assertThrows(
        IllegalArgumentException.class, () -> new ArticleFlag(published("alice"), "bob", " ", NOW));

    ArticleFlag flag = new ArticleFlag(published("alice"), "bob", " Port changed ", NOW);
    assertTrue(flag.isOpen());
    assertEquals("Port changed", flag.getReason());
    flag.resolve("alice", NOW);
    flag.resolve("carol", NOW.plusSeconds(5));
    assertFalse(flag.isOpen());
    assertEquals("alice", flag.getResolvedBy());
  }

  @Test
  void commentsAreTakenOnPublishedArticlesOnly() {
    assertThrows(
        ArticleStateException.class,
        () -> new ArticleComment(draft("alice"), "bob", "<p>Hi</p>", NOW));
    assertEquals(
        "bob", new ArticleComment(published("alice"), "bob", "<p>Hi</p>", NOW).getAuthor());
  }

  @Test
  void theTextHasOneLinePerParagraph() {
    assertEquals(
        List.of("First & one", "Item", "Second"),
        ArticleText.lines("<p>First &amp; one</p><ul><li>Item</li></ul><p>Sec<b>ond</b></p>"));
  }
}
