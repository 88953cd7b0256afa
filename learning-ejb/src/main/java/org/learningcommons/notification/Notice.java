package org.learningcommons.notification;

import java.util.Collection;

/** Placeholder until the notification centre branch is merged. */
public record Notice(
    NotificationKind kind,
    String actor,
    Collection<String> recipients,
    String subject,
    String link) {}
