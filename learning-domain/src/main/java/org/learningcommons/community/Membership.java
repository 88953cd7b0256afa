package org.learningcommons.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** One person's standing in one community: a member with a role, a request or an invitation. */
@Entity
@Table(name = "membership")
public class Membership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "community_id", nullable = false, updatable = false)
  private Community community;

  @Column(nullable = false, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CommunityRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MembershipStatus status;

  /** When the current status began. */
  @Column(nullable = false)
  private Instant since;

  @Column(name = "invited_by")
  private String invitedBy;

  @Version private long version;

  protected Membership() {}

  private Membership(
      Community community,
      String username,
      CommunityRole role,
      MembershipStatus status,
      Instant since,
      String invitedBy) {
    this.community = Objects.requireNonNull(community);
    this.username = Objects.requireNonNull(username);
    this.role = role;
    this.status = status;
    this.since = Objects.requireNonNull(since);
    this.invitedBy = invitedBy;
  }

  public static Membership owner(Community community, String username, Instant at) {
    return new Membership(
        community, username, CommunityRole.OWNER, MembershipStatus.ACTIVE, at, null);
  }

  public static Membership member(Community community, String username, Instant at) {
    return new Membership(
        community, username, CommunityRole.MEMBER, MembershipStatus.ACTIVE, at, null);
  }

  public static Membership request(Community community, String username, Instant at) {
    return new Membership(
        community, username, CommunityRole.MEMBER, MembershipStatus.REQUESTED, at, null);
  }

  public static Membership invitation(
      Community community, String username, String invitedBy, Instant at) {
    return new Membership(
        community, username, CommunityRole.MEMBER, MembershipStatus.INVITED, at, invitedBy);
  }

  /** A request approved or an invitation accepted. */
  public void activate(Instant at) {
    if (status != MembershipStatus.ACTIVE) {
      status = MembershipStatus.ACTIVE;
      since = at;
    }
  }

  public void changeRole(CommunityRole newRole) {
    if (status != MembershipStatus.ACTIVE) {
      throw new IllegalStateException("Only active members have a role");
    }
    this.role = Objects.requireNonNull(newRole);
  }

  public boolean isActive() {
    return status == MembershipStatus.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public Community getCommunity() {
    return community;
  }

  public String getUsername() {
    return username;
  }

  public CommunityRole getRole() {
    return role;
  }

  public MembershipStatus getStatus() {
    return status;
  }

  public Instant getSince() {
    return since;
  }

  public String getInvitedBy() {
    return invitedBy;
  }
}
