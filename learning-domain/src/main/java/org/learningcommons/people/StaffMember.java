package org.learningcommons.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff as Learning Commons knows them. Directory attributes (name, mail, department,
 * title, manager) are copied from the corporate directory and are never edited here; bio, skills
 * and interests belong to the person. People who leave the directory are deactivated, never
 * deleted, so that their history stays.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(
    name = StaffMember.FIND_BY_USERNAME,
    query = "select s from StaffMember s where s.username = :username")
@NamedQuery(name = StaffMember.FIND_ALL, query = "select s from StaffMember s")
public class StaffMember {

  public static final String FIND_BY_USERNAME = "StaffMember.findByUsername";
  public static final String FIND_ALL = "StaffMember.findAll";

  public static final int MAX_BIO = 4000;
  public static final int MAX_SKILLS = 1000;
  public static final int MAX_INTERESTS = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = Usernames.MAX_LENGTH, updatable = false)
  private String username;

  @Column(name = "directory_dn", nullable = false, length = 1024)
  private String directoryDn;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;
  private String department;
  private String title;

  @Column(name = "manager_username", length = Usernames.MAX_LENGTH)
  private String managerUsername;

  @Column(nullable = false)
  private boolean active;

  @Column(length = MAX_BIO)
  private String bio;

  @Column(length = MAX_SKILLS)
  private String skills;

  @Column(length = MAX_INTERESTS)
  private String interests;

  @Column(name = "first_seen_at", nullable = false, updatable = false)
  private Instant firstSeenAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "last_synced_at", nullable = false)
  private Instant lastSyncedAt;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  /** From the directory when it has one; mandatory training may be due some days after it. */
  @Column(name = "hire_date")
  private LocalDate hireDate;

  /**
   * The roles the directory groups gave at the last sign-in; roles come from group membership,
   * which the directory sync does not read, so people who never signed in have none recorded.
   */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "staff_member_role", joinColumns = @JoinColumn(name = "staff_member_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private Set<Role> roles = new HashSet<>();

  @Version private long version;

  protected StaffMember() {}

  /** Provisions a profile for a person the directory knows. */
  public StaffMember(DirectoryEntry entry, Instant now) {
    this.username = entry.username();
    this.firstSeenAt = Objects.requireNonNull(now);
    this.active = true;
    copy(entry);
    this.lastSyncedAt = now;
  }

  /**
   * Brings the directory attributes up to date and reactivates a returning person.
   *
   * @return whether anything changed
   */
  public boolean refreshFrom(DirectoryEntry entry, Instant now) {
    if (!username.equals(entry.username())) {
      throw new IllegalArgumentException(
          "Directory entry " + entry.username() + " is not " + username);
    }
    boolean changed =
        !active
            || !Objects.equals(directoryDn, entry.distinguishedName())
            || !Objects.equals(displayName, entry.displayName())
            || !Objects.equals(email, entry.email())
            || !Objects.equals(department, entry.department())
            || !Objects.equals(title, entry.title())
            || !Objects.equals(managerUsername, entry.managerUsername())
            || !Objects.equals(hireDate, entry.hireDate());
    copy(entry);
    active = true;
    deactivatedAt = null;
    lastSyncedAt = now;
    return changed;
  }

  /** The person is no longer in the directory: refuse their sign-in, keep their history. */
  public boolean deactivate(Instant now) {
    if (!active) {
      return false;
    }
    active = false;
    deactivatedAt = now;
    return true;
  }

  /** Records a sign-in with the roles the person's directory groups give them now. */
  public void recordSignIn(Instant now, Set<Role> currentRoles) {
    lastLoginAt = now;
    if (!roles.equals(currentRoles)) {
      roles.clear();
      roles.addAll(currentRoles);
    }
  }

  /** The roles recorded at the last sign-in (see the field). */
  public Set<Role> getRoles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  /** Replaces what the person tells about themselves; blank values clear the field. */
  public void describeSelf(String bio, String skills, String interests) {
    this.bio = limited(bio, MAX_BIO, "bio");
    this.skills = limited(skills, MAX_SKILLS, "skills");
    this.interests = limited(interests, MAX_INTERESTS, "interests");
  }

  private static String limited(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(field + " is longer than " + max + " characters");
    }
    return stripped;
  }

  private void copy(DirectoryEntry entry) {
    directoryDn = entry.distinguishedName();
    displayName = entry.displayName();
    email = entry.email();
    department = entry.department();
    title = entry.title();
    managerUsername = entry.managerUsername();
    hireDate = entry.hireDate();
  }

  public LocalDate getHireDate() {
    return hireDate;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDirectoryDn() {
    return directoryDn;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getDepartment() {
    return department;
  }

  public String getTitle() {
    return title;
  }

  public String getManagerUsername() {
    return managerUsername;
  }

  public boolean isActive() {
    return active;
  }

  public String getBio() {
    return bio;
  }

  public String getSkills() {
    return skills;
  }

  public String getInterests() {
    return interests;
  }

  public Instant getFirstSeenAt() {
    return firstSeenAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getLastSyncedAt() {
    return lastSyncedAt;
  }

  public Instant getDeactivatedAt() {
    return deactivatedAt;
  }

  public long getVersion() {
    return version;
  }
}
