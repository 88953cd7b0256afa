package org.learningcommons.announcement;

/** How loudly an announcement asks for attention; the home banner shows critical ones first. */
public enum Priority {
  NORMAL,
  IMPORTANT,
  CRITICAL
}
