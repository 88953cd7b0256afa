package org.learningcommons.people;

/** Another node (or another request) is syncing the directory right now. */
public class SyncAlreadyRunningException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public SyncAlreadyRunningException() {
    super("A directory sync is already running");
  }
}
