package org.learningcommons.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.learningcommons.people.SignInOutcome;

class SignInAttemptsTest {

  private static final SignInOutcome OK =
      new SignInOutcome(SignInOutcome.Result.INVALID, null, Set.of());

  @Test
  void aSignInThatLostARaceOverTheProfileIsTriedAgain() {
    AtomicInteger calls = new AtomicInteger();

    SignInOutcome outcome =
        SignInAttempts.run(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new EJBException(
                    "Transaction aborted", new Exception(new OptimisticLockException("stale")));
              }
              return OK;
            });

    assertSame(OK, outcome);
    assertEquals(2, calls.get());
  }

  @Test
  void otherFailuresAreNotRepeated() {
    AtomicInteger calls = new AtomicInteger();
    EJBException failure = new EJBException(new IllegalStateException("broken"));

    EJBException thrown =
        assertThrows(
            EJBException.class,
            () ->
                SignInAttempts.run(
                    () -> {
                      calls.incrementAndGet();
                      throw failure;
                    }));

    assertSame(failure, thrown);
    assertEquals(1, calls.get());
  }

  @Test
  void aConflictThatPersistsEndsAfterThreeAttempts() {
    AtomicInteger calls = new AtomicInteger();

    assertThrows(
        EJBException.class,
        () ->
            SignInAttempts.run(
                () -> {
                  calls.incrementAndGet();
                  throw new EJBException(new OptimisticLockException("stale"));
                }));

    assertEquals(3, calls.get());
  }
}
