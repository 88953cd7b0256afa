package org.learningcommons.people;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/** Profiles and the staff directory, for signed-in staff. */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ProfileService {

  /** How many direct reports a profile page lists. */
  public static final int REPORTS_SHOWN = 50;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject StaffMemberRepository staff;
  @Inject AuditTrail audit;
  @Resource SessionContext context;

  /** The signed-in person's own profile. */
  public ProfileView myProfile() {
    return view(me());
  }

  /** Someone's profile; people who left are shown too, marked inactive, so history reads right. */
  public ProfileView profileOf(@NotNull @Size(max = Usernames.MAX_LENGTH) String username) {
    return staff
        .findByUsername(Usernames.normalise(username))
        .map(this::view)
        .orElseThrow(() -> new ProfileNotFoundException(username));
  }

  /**
   * Replaces the signed-in person's bio, skills and interests.
   *
   * @param expectedVersion the version the person edited, to detect edits from elsewhere
   */
  public ProfileView describeMyself(
      long expectedVersion,
      @Size(max = StaffMember.MAX_BIO) String bio,
      @Size(max = StaffMember.MAX_SKILLS) String skills,
      @Size(max = StaffMember.MAX_INTERESTS) String interests) {
    StaffMember member = me();
    if (member.getVersion() != expectedVersion) {
      throw new ProfileChangedException();
    }
    member.describeSelf(bio, skills, interests);
    // Flush so that the view carries the new version, which the next edit must present.
    em.flush();
    audit.record(
        new AuditEvent(
            Instant.now(),
            member.getUsername(),
            AuditAction.PROFILE_UPDATED,
            member.getUsername(),
            null,
            "bio, skills, interests"));
    return view(member);
  }

  public long countStaff(@NotNull @Valid StaffSearch criteria) {
    return staff.count(criteria);
  }

  /** One page of the directory without its total (the staff directory page counts once). */
  public List<StaffSummary> listStaff(
      @NotNull @Valid StaffSearch criteria, @NotNull PageRequest page) {
    return staff.list(criteria, page).stream().map(StaffSummary::of).toList();
  }

  public Page<StaffSummary> searchStaff(
      @NotNull @Valid StaffSearch criteria, @NotNull PageRequest page) {
    return staff.search(criteria, page).map(StaffSummary::of);
  }

  public List<String> departments() {
    return staff.departments();
  }

  public List<StaffSummary> directReports(@NotNull String username) {
    return staff.directReports(Usernames.normalise(username), REPORTS_SHOWN).stream()
        .map(StaffSummary::of)
        .toList();
  }

  private StaffMember me() {
    String username = context.getCallerPrincipal().getName();
    return staff.findByUsername(username).orElseThrow(() -> new ProfileNotFoundException(username));
  }

  private ProfileView view(StaffMember member) {
    StaffMember manager =
        member.getManagerUsername() == null
            ? null
            : staff.findByUsername(member.getManagerUsername()).orElse(null);
    return ProfileView.of(member, manager);
  }
}
