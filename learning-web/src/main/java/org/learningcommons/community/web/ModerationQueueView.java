package org.learningcommons.community.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.learningcommons.community.CommunityView;
import org.learningcommons.discussion.Moderation;
import org.learningcommons.discussion.ReportView;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;

/**
 * Open reports: of one community for its moderators ({@code /communities/moderation.xhtml?id=N}),
 * or of all communities for administrators ({@code /admin/moderation.xhtml}, without an id).
 */
@Named
@ViewScoped
public class ModerationQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a moderator decides about a report; each needs a reason for the audit trail. */
  public enum Decision {
    HIDE,
    DELETE,
    DISMISS
  }

  @EJB Moderation moderation;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private String id;
  private boolean global;
  private CommunityView community;
  private PagedDataModel<ReportView> reports;
  private ReportView selected;
  private Decision decision;
  private String reason;

  /** For the administrators' queue over all communities. */
  public void loadGlobal() {
    global = true;
    show(null);
  }

  public void load() {
    community = refusals.community(id);
    if (community == null) {
      return;
    }
    if (!community.canModerate()) {
      refusals.forbidden();
      return;
    }
    show(community.id());
  }

  private void show(Long communityId) {
    reports =
        new PagedDataModel<>(
            () -> moderation.countOpenReports(communityId),
            page -> moderation.listOpenReports(communityId, page));
  }

  public void choose(ReportView report, Decision decision) {
    selected = report;
    this.decision = decision;
    reason = null;
  }

  public void decide() {
    long postId = selected.postId();
    long reportId = selected.id();
    boolean done =
        refusals.attempt(
            () -> {
              switch (decision) {
                case HIDE -> moderation.hidePost(postId, reason);
                case DELETE -> moderation.deletePost(postId, reason);
                case DISMISS -> moderation.dismissReport(reportId, reason);
              }
            },
            Map.of("reason", "decisionForm:reason"));
    if (done) {
      messages.info("moderation.decided." + decision.name());
      selected = null;
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isGlobal() {
    return global;
  }

  public CommunityView getCommunity() {
    return community;
  }

  public PagedDataModel<ReportView> getReports() {
    return reports;
  }

  public ReportView getSelected() {
    return selected;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
