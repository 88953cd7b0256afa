package org.learningcommons.people;

/** Sign-in failure counters, one per account name. */
public interface LoginThrottleRepository {

  /** The counter of {@code username}, created when missing and locked for this transaction. */
  LoginThrottle lockForUpdate(String username);
}
