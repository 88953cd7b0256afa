package org.learningcommons.community.api;

/** The caller's standing after joining: ACTIVE (member) or REQUESTED (waiting for approval). */
public record MembershipDto(long communityId, String status) {}
