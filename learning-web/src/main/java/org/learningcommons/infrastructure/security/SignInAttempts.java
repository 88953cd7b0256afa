package org.learningcommons.infrastructure.security;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.learningcommons.people.SignInOutcome;

/**
 * Runs a sign-in again when its transaction lost a race over the person's profile row: the
 * directory sync or a second request of the same person (two tabs, a script) updated or created it
 * at the same moment. A new transaction reads the row afresh, so the second attempt succeeds; the
 * person never sees the conflict.
 */
final class SignInAttempts {

  private static final Logger LOG = Logger.getLogger(SignInAttempts.class.getName());
  private static final int ATTEMPTS = 3;

  private SignInAttempts() {}

  static SignInOutcome run(Supplier<SignInOutcome> signIn) {
    for (int attempt = 1; ; attempt++) {
      try {
        return signIn.get();
      } catch (EJBException e) {
        if (attempt >= ATTEMPTS || !isWriteConflict(e)) {
          throw e;
        }
        LOG.fine(() -> "Sign-in met a concurrent profile update; trying again: " + e);
      }
    }
  }

  private static boolean isWriteConflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PersistenceException) {
        return true;
      }
    }
    return false;
  }
}
