package org.learningcommons.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;

/**
 * Signing in with a directory account, for the login page and for HTTP Basic on the API alike:
 * refuses locked accounts before asking the directory, counts failures, provisions or refreshes the
 * profile on success, and writes every outcome to the audit trail. One transaction, so that the
 * failure count, the profile and the audit entry are written together.
 */
@Stateless
@PermitAll
public class SignInService {

  private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

  @Inject CorporateDirectory directory;
  @Inject StaffMemberRepository staff;
  @Inject LoginThrottleRepository throttles;
  @Inject AuditTrail audit;
  @Inject AccessSettings settings;

  public SignInOutcome signIn(String loginName, String password, String remoteAddress) {
    Instant now = Instant.now();
    Optional<String> acceptable = Usernames.acceptable(loginName);
    if (acceptable.isEmpty()) {
      audit.record(
          new AuditEvent(
              now, loginName, AuditAction.LOGIN_FAILED, null, remoteAddress, "unacceptable name"));
      return SignInOutcome.of(SignInOutcome.Result.INVALID);
    }
    String name = acceptable.get();
    LoginThrottle throttle = throttles.lockForUpdate(name);
    if (throttle.isLocked(now)) {
      audit.record(
          new AuditEvent(
              now,
              name,
              AuditAction.LOGIN_REFUSED_LOCKED,
              name,
              remoteAddress,
              "locked until " + throttle.getLockedUntil()));
      return SignInOutcome.of(SignInOutcome.Result.LOCKED);
    }

    Optional<DirectoryEntry> person;
    try {
      person = directory.authenticate(name, password);
    } catch (DirectoryUnavailableException e) {
      LOG.warning(() -> "Sign-in of " + name + " not possible: " + e.getMessage());
      audit.record(
          new AuditEvent(
              now,
              name,
              AuditAction.LOGIN_DIRECTORY_UNAVAILABLE,
              name,
              remoteAddress,
              e.getMessage()));
      return SignInOutcome.of(SignInOutcome.Result.DIRECTORY_UNAVAILABLE);
    }

    if (person.isEmpty()) {
      boolean lockedNow = throttle.recordFailure(now, settings.lockoutPolicy());
      audit.record(
          new AuditEvent(
              now, name, AuditAction.LOGIN_FAILED, name, remoteAddress, "invalid credentials"));
      if (lockedNow) {
        audit.record(
            new AuditEvent(
                now,
                name,
                AuditAction.LOGIN_LOCKED_OUT,
                name,
                remoteAddress,
                "locked until " + throttle.getLockedUntil()));
      }
      return SignInOutcome.of(SignInOutcome.Result.INVALID);
    }

    DirectoryEntry entry = person.get();
    Set<Role> roles = withImpliedStaff(settings.roleMapping().rolesFor(entry.groups()));
    if (roles.isEmpty()) {
      throttle.recordSuccess();
      audit.record(
          new AuditEvent(
              now,
              entry.username(),
              AuditAction.LOGIN_FAILED,
              entry.username(),
              remoteAddress,
              "no application role for the directory groups"));
      return SignInOutcome.of(SignInOutcome.Result.NO_ACCESS);
    }

    provision(entry, now, remoteAddress).recordSignIn(now, roles);
    throttle.recordSuccess();
    audit.record(
        new AuditEvent(
            now,
            entry.username(),
            AuditAction.LOGIN_SUCCEEDED,
            entry.username(),
            remoteAddress,
            "roles " + roles));
    return new SignInOutcome(SignInOutcome.Result.SUCCEEDED, entry.username(), roles);
  }

  /** Records that a person signed out. */
  public void signedOut(String username, String remoteAddress) {
    audit.record(
        new AuditEvent(Instant.now(), username, AuditAction.LOGOUT, username, remoteAddress, null));
  }

  /** Managers, HR and administrators are staff too. */
  static Set<Role> withImpliedStaff(Set<Role> mapped) {
    if (mapped.isEmpty()) {
      return mapped;
    }
    Set<Role> roles = EnumSet.copyOf(mapped);
    roles.add(Role.STAFF);
    return roles;
  }

  private StaffMember provision(DirectoryEntry entry, Instant now, String remoteAddress) {
    Optional<StaffMember> known = staff.findByUsername(entry.username());
    if (known.isPresent()) {
      known.get().refreshFrom(entry, now);
      return known.get();
    }
    StaffMember member = new StaffMember(entry, now);
    staff.add(member);
    audit.record(
        new AuditEvent(
            now,
            entry.username(),
            AuditAction.PROFILE_CREATED,
            entry.username(),
            remoteAddress,
            "first sign-in"));
    return member;
  }
}
