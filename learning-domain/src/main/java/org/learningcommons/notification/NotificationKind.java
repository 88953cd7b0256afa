package org.learningcommons.notification;

/**
 * What a notification is about. Stored by name: never rename a constant, add new ones. Each kind
 * has the channel a person gets until they choose another one.
 */
public enum NotificationKind {
  MENTION(NotificationChannel.EMAIL),
  REPLY_TO_MY_THREAD(NotificationChannel.DIGEST),
  REPLY_IN_FOLLOWED_THREAD(NotificationChannel.DIGEST),
  JOIN_REQUEST(NotificationChannel.EMAIL),
  JOIN_DECISION(NotificationChannel.EMAIL),
  INVITATION(NotificationChannel.EMAIL),
  MODERATION_OUTCOME(NotificationChannel.EMAIL),
  ANNOUNCEMENT(NotificationChannel.IN_APP),
  ANNOUNCEMENT_REMINDER(NotificationChannel.EMAIL),
  ANNOUNCEMENT_OVERDUE(NotificationChannel.EMAIL),
  ANNOUNCEMENT_OVERDUE_ESCALATION(NotificationChannel.EMAIL),
  ARTICLE_SUBMITTED(NotificationChannel.EMAIL),
  ARTICLE_APPROVED(NotificationChannel.EMAIL),
  ARTICLE_RETURNED(NotificationChannel.EMAIL),
  ARTICLE_REVIEW_DUE(NotificationChannel.EMAIL),
  ARTICLE_FLAGGED(NotificationChannel.EMAIL),
  ARTICLE_COMMENT(NotificationChannel.DIGEST),
  COURSE_ENROLLED(NotificationChannel.EMAIL),
  COURSE_COMPLETED(NotificationChannel.IN_APP),
  TRAINING_ASSIGNED(NotificationChannel.EMAIL),
  TRAINING_DUE_REMINDER(NotificationChannel.EMAIL),
  TRAINING_OVERDUE(NotificationChannel.EMAIL),
  TRAINING_OVERDUE_ESCALATION(NotificationChannel.EMAIL),
  TRAINING_EXPIRY_REMINDER(NotificationChannel.EMAIL),
  SESSION_BOOKED(NotificationChannel.EMAIL),
  SESSION_PROMOTED(NotificationChannel.EMAIL),
  SESSION_CANCELLED(NotificationChannel.EMAIL),
  EXTERNAL_LEARNING_TO_VERIFY(NotificationChannel.EMAIL),
  EXTERNAL_LEARNING_VERIFIED(NotificationChannel.EMAIL),
  GOAL_COMMENT(NotificationChannel.EMAIL);

  private final NotificationChannel defaultChannel;

  NotificationKind(NotificationChannel defaultChannel) {
    this.defaultChannel = defaultChannel;
  }

  /**
   * Addressed to the person alone (mentions, requests, decisions) means an e-mail right away;
   * discussion traffic, which can be busy, goes to the digest; announcements, which reach whole
   * departments at once, show under the bell only; but a reminder to acknowledge one, an overdue
   * acknowledgement and the escalation of overdue reports to their manager are addressed to the
   * person, so they come by e-mail.
   */
  public NotificationChannel defaultChannel() {
    return defaultChannel;
  }

  /** The channel for a person who chose {@code chosen}, or nothing ({@code null}). */
  public NotificationChannel channelFor(NotificationChannel chosen) {
    return chosen == null ? defaultChannel : chosen;
  }
}
