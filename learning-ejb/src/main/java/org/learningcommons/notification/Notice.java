package org.learningcommons.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;

/**
 * Something to tell people about, as a capability hands it to the {@link NotificationCentre}.
 *
 * @param kind what happened; decides the sentence and which preference applies
 * @param actor the user name of who acted, or null for the system; never notified of their own
 *     action
 * @param recipients user names; unknown or inactive people are skipped, repeats count once
 * @param subject short plain text the notice is about, such as a thread title or a community name
 *     (longer ones are shortened)
 * @param link a path inside the application, such as {@code /communities/thread.xhtml?id=5#post-9}
 */
public record Notice(
    @NotNull NotificationKind kind,
    @Size(max = 256) String actor,
    @NotNull Collection<String> recipients,
    @NotBlank String subject,
    @NotBlank @Size(max = Notification.MAX_LINK) @Pattern(regexp = "/(?![/\\\\]).*") String link) {}
