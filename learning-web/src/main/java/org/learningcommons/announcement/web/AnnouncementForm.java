package org.learningcommons.announcement.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.learningcommons.announcement.AnnouncementDraft;
import org.learningcommons.announcement.Announcements;
import org.learningcommons.announcement.Priority;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.security.CurrentUser;
import org.learningcommons.infrastructure.web.LocaleBean;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.people.ProfileService;
import org.learningcommons.people.Role;
import org.learningcommons.people.StaffSearch;
import org.learningcommons.shared.PageRequest;

/**
 * The publish form ({@code /announcements/new.xhtml}). Whoever may not publish at all gets a 403;
 * HR and administrators choose any audience, community moderators their communities. The use case
 * decides either way: its refusals appear beside the fields they are about.
 */
@Named
@ViewScoped
public class AnnouncementForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "announcementForm:";
  private static final int SUGGESTIONS = 10;

  @EJB Announcements announcements;
  @EJB ProfileService profiles;
  @Inject Refusals refusals;
  @Inject Messages messages;
  @Inject LocaleBean locale;
  @Inject CurrentUser currentUser;
  @Inject AnnouncementFiles files;

  private boolean organisationWide;
  private List<String> allDepartments = List.of();

  private String title;
  private String body;
  private Priority priority = Priority.NORMAL;
  private boolean everyone;
  private List<String> departments = new ArrayList<>();
  private List<String> roles = new ArrayList<>();
  private List<Choice> communities = new ArrayList<>();
  private List<Choice> managers = new ArrayList<>();
  private LocalDateTime publishAt;
  private LocalDateTime expireAt;
  private boolean pinned;
  private boolean requiresAcknowledgement;
  private LocalDateTime acknowledgementDueAt;
  private boolean quiet;

  public void load() {
    if (!announcements.mayPublish()) {
      refusals.forbidden();
      return;
    }
    // Only offers what the use case would take; it checks again when publishing.
    organisationWide = currentUser.isHr() || currentUser.isAdmin();
    if (organisationWide) {
      allDepartments = profiles.departments();
    }
  }

  public List<String> completeDepartment(String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    return allDepartments.stream()
        .filter(d -> d.toLowerCase(Locale.ROOT).contains(q))
        .filter(d -> !departments.contains(d))
        .limit(SUGGESTIONS * 2L)
        .toList();
  }

  public List<Choice> completeCommunity(String query) {
    // Names are at most 120 characters; a longer query matches nothing anyway.
    String q = query != null && query.length() > 120 ? query.substring(0, 120) : query;
    return announcements.addressableCommunities(q, new PageRequest(0, SUGGESTIONS)).stream()
        .map(c -> new Choice(Long.toString(c.id()), c.name()))
        .toList();
  }

  public List<Choice> completeManager(String query) {
    return profiles
        .listStaff(new StaffSearch(query, null, null), new PageRequest(0, SUGGESTIONS))
        .stream()
        .map(
            s ->
                new Choice(
                    s.username(),
                    s.department() == null
                        ? s.displayName()
                        : s.displayName() + " · " + s.department()))
        .toList();
  }

  /** Publishes, then shows the list (post-redirect-get: reloading cannot publish again). */
  public String publish() {
    if (acknowledgementDueAt != null && !requiresAcknowledgement) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          FORM + "acknowledgementDueAt",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              messages.text("announcement.form.dueWithoutAcknowledgement"),
              null));
      faces.validationFailed();
      return null;
    }
    Set<Long> communityIds = new LinkedHashSet<>();
    for (Choice c : communities) {
      Long id = Refusals.id(c.value());
      if (id != null) {
        communityIds.add(id);
      }
    }
    AnnouncementDraft draft =
        new AnnouncementDraft(
            title == null ? "" : title,
            body == null ? "" : body,
            priority == null ? Priority.NORMAL : priority,
            organisationWide && everyone,
            organisationWide ? Set.copyOf(departments) : Set.of(),
            organisationWide ? chosenRoles() : Set.of(),
            communityIds,
            organisationWide ? Set.copyOf(managers.stream().map(Choice::value).toList()) : Set.of(),
            instant(publishAt),
            instant(expireAt),
            pinned,
            requiresAcknowledgement,
            requiresAcknowledgement ? instant(acknowledgementDueAt) : null,
            quiet,
            new LinkedHashSet<>(files.ids()));
    Map<String, String> fields =
        Map.of(
            "title", FORM + "title",
            "body", FORM + "body",
            "audience", FORM + "audience",
            "expireAt", FORM + "expireAt",
            "acknowledgementDueAt", FORM + "acknowledgementDueAt",
            "attachments", FORM + "files");
    long[] published = new long[1];
    if (!refusals.attempt(() -> published[0] = announcements.publish(draft), fields)) {
      return null;
    }
    boolean scheduled = draft.publishAt() != null && draft.publishAt().isAfter(Instant.now());
    messages.info(
        scheduled ? "announcement.form.scheduled" : "announcement.form.published", draft.title());
    messages.keepForRedirect();
    return "/announcements/index?faces-redirect=true";
  }

  /** The selected roles; the page sends their names (a generic list loses the enum type). */
  private Set<Role> chosenRoles() {
    Set<Role> chosen = new LinkedHashSet<>();
    for (Role role : Role.values()) {
      if (roles.contains(role.name())) {
        chosen.add(role);
      }
    }
    return chosen;
  }

  private Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(locale.getZone()).toInstant();
  }

  public boolean isOrganisationWide() {
    return organisationWide;
  }

  public List<Priority> getPriorities() {
    return List.of(Priority.values());
  }

  public List<Role> getAllRoles() {
    return List.of(Role.values());
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

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public boolean isEveryone() {
    return everyone;
  }

  public void setEveryone(boolean everyone) {
    this.everyone = everyone;
  }

  public List<String> getDepartments() {
    return departments;
  }

  public void setDepartments(List<String> departments) {
    this.departments = departments == null ? new ArrayList<>() : new ArrayList<>(departments);
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public List<Choice> getCommunities() {
    return communities;
  }

  public void setCommunities(List<Choice> communities) {
    this.communities = communities == null ? new ArrayList<>() : new ArrayList<>(communities);
  }

  public List<Choice> getManagers() {
    return managers;
  }

  public void setManagers(List<Choice> managers) {
    this.managers = managers == null ? new ArrayList<>() : new ArrayList<>(managers);
  }

  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  public LocalDateTime getExpireAt() {
    return expireAt;
  }

  public void setExpireAt(LocalDateTime expireAt) {
    this.expireAt = expireAt;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public boolean isRequiresAcknowledgement() {
    return requiresAcknowledgement;
  }

  public void setRequiresAcknowledgement(boolean requiresAcknowledgement) {
    this.requiresAcknowledgement = requiresAcknowledgement;
  }

  public LocalDateTime getAcknowledgementDueAt() {
    return acknowledgementDueAt;
  }

  public void setAcknowledgementDueAt(LocalDateTime acknowledgementDueAt) {
    this.acknowledgementDueAt = acknowledgementDueAt;
  }

  public boolean isQuiet() {
    return quiet;
  }

  public void setQuiet(boolean quiet) {
    this.quiet = quiet;
  }
}
