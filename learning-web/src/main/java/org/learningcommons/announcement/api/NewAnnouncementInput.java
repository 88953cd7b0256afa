package org.learningcommons.announcement.api;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningcommons.announcement.Announcement;
import org.learningcommons.announcement.AnnouncementAttachments;
import org.learningcommons.announcement.AnnouncementDraft;
import org.learningcommons.announcement.Priority;
import org.learningcommons.infrastructure.rest.InvalidInputException;
import org.learningcommons.people.Role;
import org.learningcommons.people.Usernames;

/**
 * The body of {@code POST /announcements}. Enumerations are strings checked here, so that a wrong
 * value is a field error rather than an unreadable body.
 *
 * @param priority NORMAL (default), IMPORTANT or CRITICAL
 * @param audience who hears it; the criteria are a union
 * @param publishAt missing for now
 * @param expireAt missing for never
 * @param attachmentIds files uploaded with {@code POST /announcements/attachments}, at most 10
 */
public record NewAnnouncementInput(
    String title,
    String body,
    String priority,
    AudienceInput audience,
    Instant publishAt,
    Instant expireAt,
    Boolean pinned,
    Boolean requiresAcknowledgement,
    Instant acknowledgementDueAt,
    Boolean quiet,
    List<Long> attachmentIds) {

  private static final int MAX_CRITERIA = 100;
  private static final int MAX_DEPARTMENT = 255;
  private static final Set<String> PRIORITIES = Set.of("NORMAL", "IMPORTANT", "CRITICAL");
  private static final Set<String> ROLES = Set.of("STAFF", "MANAGER", "HR", "ADMIN");

  /**
   * Everyone, or any of the departments, roles (STAFF, MANAGER, HR, ADMIN), communities and
   * managers' reporting lines (everybody below the manager).
   */
  public record AudienceInput(
      Boolean everyone,
      List<String> departments,
      List<String> roles,
      List<Long> communityIds,
      List<String> managers) {}

  AnnouncementDraft checkedDraft() {
    AudienceInput a = audience == null ? new AudienceInput(null, null, null, null, null) : audience;
    boolean everyone = Boolean.TRUE.equals(a.everyone());
    InvalidInputException.check()
        .required("title", title, Announcement.MAX_TITLE)
        .required("body", body, Announcement.MAX_BODY)
        .oneOf("priority", priority, false, PRIORITIES)
        .rule(
            !everyone
                && empty(a.departments())
                && empty(a.roles())
                && empty(a.communityIds())
                && empty(a.managers()),
            "audience",
            "must be everyone or name at least one department, role, community or manager")
        .items("audience.departments", a.departments(), MAX_CRITERIA)
        .rule(
            a.departments() != null
                && a.departments().stream()
                    .anyMatch(d -> d != null && (d.isBlank() || d.length() > MAX_DEPARTMENT)),
            "audience.departments",
            "must each be 1 to " + MAX_DEPARTMENT + " characters")
        .items("audience.roles", a.roles(), ROLES.size())
        .rule(
            a.roles() != null && a.roles().stream().anyMatch(r -> r != null && !ROLES.contains(r)),
            "audience.roles",
            "must each be one of ADMIN, HR, MANAGER, STAFF")
        .items("audience.communityIds", a.communityIds(), MAX_CRITERIA)
        .items("audience.managers", a.managers(), MAX_CRITERIA)
        .rule(
            a.managers() != null
                && a.managers().stream()
                    .anyMatch(m -> m != null && (m.isBlank() || m.length() > Usernames.MAX_LENGTH)),
            "audience.managers",
            "must each be a user name")
        .rule(
            expireAt != null && publishAt != null && !expireAt.isAfter(publishAt),
            "expireAt",
            "must be after publishAt")
        .rule(
            acknowledgementDueAt != null && !Boolean.TRUE.equals(requiresAcknowledgement),
            "acknowledgementDueAt",
            "is only allowed with requiresAcknowledgement")
        .items("attachmentIds", attachmentIds, AnnouncementAttachments.MAX_PER_ANNOUNCEMENT)
        .done();
    return new AnnouncementDraft(
        title,
        body,
        priority == null ? Priority.NORMAL : Priority.valueOf(priority),
        everyone,
        everyone ? Set.of() : Set.copyOf(orEmpty(a.departments())),
        everyone
            ? Set.of()
            : orEmpty(a.roles()).stream()
                .map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toSet()),
        everyone ? Set.of() : Set.copyOf(orEmpty(a.communityIds())),
        everyone ? Set.of() : Set.copyOf(orEmpty(a.managers())),
        publishAt,
        expireAt,
        Boolean.TRUE.equals(pinned),
        Boolean.TRUE.equals(requiresAcknowledgement),
        acknowledgementDueAt,
        Boolean.TRUE.equals(quiet),
        new LinkedHashSet<>(orEmpty(attachmentIds)));
  }

  private static boolean empty(List<?> values) {
    return values == null || values.isEmpty();
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }
}
