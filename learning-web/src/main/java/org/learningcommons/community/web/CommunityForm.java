package org.learningcommons.community.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.Communities;
import org.learningcommons.community.CommunityDraft;
import org.learningcommons.community.CommunityRole;
import org.learningcommons.community.CommunityView;
import org.learningcommons.community.MemberView;
import org.learningcommons.community.MembershipStatus;
import org.learningcommons.community.Memberships;
import org.learningcommons.community.Visibility;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.shared.PageRequest;

/**
 * Creating a community ({@code /communities/new.xhtml}) and, for its owner, describing, archiving
 * and handing it over ({@code /communities/settings.xhtml?id=N}). View scoped so that the version
 * that was edited stays with the form until it is saved.
 */
@Named
@ViewScoped
public class CommunityForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "communityForm:";

  @EJB Communities communities;
  @EJB Memberships memberships;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private String id;
  private CommunityView community;
  private List<String> categories;
  private List<MemberView> successors;
  private String name;
  private String description;
  private String category;
  private List<String> tags = new ArrayList<>();
  private Visibility visibility = Visibility.OPEN;
  private String reason;
  private String successor;

  public void load() {
    categories = communities.categories();
    if (id == null) {
      return;
    }
    community = refusals.community(id);
    if (community == null) {
      return;
    }
    if (!community.canManage()) {
      refusals.forbidden();
      return;
    }
    show(community);
  }

  private void show(CommunityView view) {
    community = view;
    name = view.name();
    description = view.description();
    category = view.category();
    tags = new ArrayList<>(view.tags());
    visibility = view.visibility();
    successors =
        memberships
            .listMembers(
                view.id(), MembershipStatus.ACTIVE, new PageRequest(0, PageRequest.MAX_LIMIT))
            .stream()
            .filter(m -> m.role() != CommunityRole.OWNER)
            .toList();
  }

  /** Creates (then opens the new community) or saves the description. */
  public String save() {
    CommunityDraft draft =
        new CommunityDraft(
            name, description == null ? "" : description, category, tags, visibility);
    Map<String, String> fields =
        Map.of(
            "name", FORM + "name",
            "description", FORM + "description",
            "category", FORM + "category",
            "tags", FORM + "tags",
            "visibility", FORM + "visibility");
    if (community == null) {
      long[] created = new long[1];
      if (!refusals.attempt(() -> created[0] = communities.createCommunity(draft), fields)) {
        return null;
      }
      messages.info("community.created");
      messages.keepForRedirect();
      return "/communities/community?faces-redirect=true&id=" + created[0];
    }
    CommunityView[] saved = new CommunityView[1];
    if (refusals.attempt(
        () -> saved[0] = communities.describeCommunity(community.id(), community.version(), draft),
        fields)) {
      show(saved[0]);
      messages.info("community.saved");
    }
    return null;
  }

  public void archive() {
    if (refusals.attempt(() -> communities.archiveCommunity(community.id(), reason))) {
      reason = null;
      messages.info("community.archived");
    }
    show(communities.community(community.id()));
  }

  /** After a change made elsewhere on the page, such as a new picture. */
  public void reload() {
    show(communities.community(community.id()));
  }

  public void reopen() {
    if (refusals.attempt(() -> communities.reopenCommunity(community.id()))) {
      messages.info("community.reopened");
    }
    show(communities.community(community.id()));
  }

  /** After the transfer the caller no longer manages the community: back to its page. */
  public String transfer() {
    if (!refusals.attempt(() -> memberships.transferOwnership(community.id(), successor))) {
      return null;
    }
    messages.info("community.transferred");
    messages.keepForRedirect();
    return "/communities/community?faces-redirect=true&id=" + community.id();
  }

  public List<Visibility> getVisibilities() {
    return List.of(Visibility.values());
  }

  public CommunityView getCommunity() {
    return community;
  }

  public List<String> getCategories() {
    return categories;
  }

  public List<MemberView> getSuccessors() {
    return successors;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : tags;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public void setVisibility(Visibility visibility) {
    this.visibility = visibility;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getSuccessor() {
    return successor;
  }

  public void setSuccessor(String successor) {
    this.successor = successor;
  }
}
