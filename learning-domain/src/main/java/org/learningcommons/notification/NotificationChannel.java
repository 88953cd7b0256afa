package org.learningcommons.notification;

/**
 * How a person hears about one kind of notification. Every channel but {@link #OFF} shows the
 * notification under the bell; {@link #EMAIL} also sends one e-mail, {@link #DIGEST} lists it in
 * the next digest e-mail instead. Stored by name.
 */
public enum NotificationChannel {
  IN_APP,
  EMAIL,
  DIGEST,
  OFF;

  /** Whether the notification is kept at all (and shown under the bell). */
  public boolean delivers() {
    return this != OFF;
  }

  public boolean sendsEmail() {
    return this == EMAIL;
  }

  public boolean goesToDigest() {
    return this == DIGEST;
  }
}
