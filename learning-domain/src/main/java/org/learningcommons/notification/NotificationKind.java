package org.learningcommons.notification;

/** Placeholder until the notification centre branch is merged. */
public enum NotificationKind {
  MENTION,
  REPLY_TO_MY_THREAD,
  REPLY_IN_FOLLOWED_THREAD,
  JOIN_REQUEST,
  JOIN_DECISION,
  INVITATION,
  MODERATION_OUTCOME
}
