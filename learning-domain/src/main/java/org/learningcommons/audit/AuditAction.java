package org.learningcommons.audit;

/** Kinds of audited events. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  LOGIN_LOCKED_OUT,
  LOGIN_REFUSED_LOCKED,
  LOGIN_DIRECTORY_UNAVAILABLE,
  LOGOUT,
  PROFILE_CREATED,
  PROFILE_UPDATED,
  DIRECTORY_SYNC_STARTED,
  DIRECTORY_SYNC_FINISHED,
  DIRECTORY_SYNC_FAILED,
  NOTIFICATION_DIGEST_RUN
}
