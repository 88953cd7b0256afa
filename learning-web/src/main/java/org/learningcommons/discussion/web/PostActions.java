package org.learningcommons.discussion.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.discussion.Discussions;
import org.learningcommons.discussion.Moderation;
import org.learningcommons.discussion.PostView;
import org.learningcommons.discussion.ReactionView;
import org.learningcommons.discussion.RevisionView;
import org.learningcommons.discussion.ThreadReading;
import org.learningcommons.infrastructure.web.Messages;

/**
 * What is done to one post on a thread page: like, see who liked it and its earlier texts, edit or
 * delete one's own, report it, and the moderators' hide, restore and delete.
 */
@Named
@ViewScoped
public class PostActions implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a moderator does to a post, each with a reason for the audit trail. */
  public enum Measure {
    HIDE,
    RESTORE,
    DELETE
  }

  @EJB Discussions discussions;
  @EJB ThreadReading reading;
  @EJB Moderation moderation;
  @Inject ThreadPage page;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private List<ReactionView> reactions = List.of();
  private List<RevisionView> revisions = List.of();
  private Long editing;
  private boolean editingOpening;
  private String editTitle;
  private String editBody;
  private Long reporting;
  private String reportReason;
  private Long moderating;
  private Measure measure;
  private String moderationReason;

  public void like(PostView post) {
    refusals.attempt(
        () -> {
          if (post.likedByMe()) {
            discussions.unlike(post.id());
          } else {
            discussions.like(post.id());
          }
        });
    page.reload();
  }

  public void showReactions(long postId) {
    reactions = List.of();
    refusals.attempt(() -> reactions = reading.reactions(postId));
  }

  public void showRevisions(long postId) {
    revisions = List.of();
    refusals.attempt(() -> revisions = reading.revisions(postId));
  }

  public void startEdit(PostView post) {
    editing = post.id();
    editingOpening = post.id() == page.getThread().opening().id();
    editTitle = editingOpening ? page.getThread().title() : null;
    editBody = post.body();
  }

  public void cancelEdit() {
    editing = null;
  }

  public void saveEdit() {
    long postId = editing;
    if (refusals.attempt(
        () -> discussions.editPost(postId, editTitle, editBody),
        Map.of("body", "editForm:editBody", "title", "editForm:editTitle"))) {
      editing = null;
      messages.info("thread.post.saved");
      page.reload();
    }
  }

  public void delete(long postId) {
    if (refusals.attempt(() -> discussions.deletePost(postId))) {
      messages.info("thread.post.deleted");
    }
    page.reload();
  }

  public void startReport(long postId) {
    reporting = postId;
    reportReason = null;
  }

  public void report() {
    if (refusals.attempt(
        () -> moderation.reportPost(reporting, reportReason),
        Map.of("reason", "reportForm:reportReason"))) {
      messages.info("thread.reported");
    }
  }

  public void startModeration(long postId, Measure measure) {
    moderating = postId;
    this.measure = measure;
    moderationReason = null;
  }

  public void moderate() {
    long postId = moderating;
    Map<String, String> fields = Map.of("reason", "moderateForm:moderationReason");
    boolean done =
        refusals.attempt(
            () -> {
              switch (measure) {
                case HIDE -> moderation.hidePost(postId, moderationReason);
                case RESTORE -> moderation.restorePost(postId, moderationReason);
                case DELETE -> moderation.deletePost(postId, moderationReason);
              }
            },
            fields);
    if (done) {
      messages.info("moderation.done." + measure.name());
      page.reload();
    }
  }

  public boolean isEditing(long postId) {
    return editing != null && editing == postId;
  }

  public List<ReactionView> getReactions() {
    return reactions;
  }

  public List<RevisionView> getRevisions() {
    return revisions;
  }

  public boolean isEditingOpening() {
    return editingOpening;
  }

  public String getEditTitle() {
    return editTitle;
  }

  public void setEditTitle(String editTitle) {
    this.editTitle = editTitle;
  }

  public String getEditBody() {
    return editBody;
  }

  public void setEditBody(String editBody) {
    this.editBody = editBody;
  }

  public String getReportReason() {
    return reportReason;
  }

  public void setReportReason(String reportReason) {
    this.reportReason = reportReason;
  }

  public Measure getMeasure() {
    return measure;
  }

  public String getModerationReason() {
    return moderationReason;
  }

  public void setModerationReason(String moderationReason) {
    this.moderationReason = moderationReason;
  }
}
