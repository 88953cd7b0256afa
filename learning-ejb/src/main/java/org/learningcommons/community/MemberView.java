package org.learningcommons.community;

import java.io.Serializable;
import java.time.Instant;

/** One person on a community's member list (or its list of requests and invitations). */
public record MemberView(
    String username,
    String displayName,
    String department,
    CommunityRole role,
    MembershipStatus status,
    Instant since)
    implements Serializable {}
