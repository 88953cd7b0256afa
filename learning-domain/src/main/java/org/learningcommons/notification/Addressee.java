package org.learningcommons.notification;

/** What the notification centre needs to know about a person it may notify. */
public record Addressee(String username, String displayName, String email, boolean active) {

  public boolean canReceiveEmail() {
    return active && email != null && !email.isBlank();
  }
}
