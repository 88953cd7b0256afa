/**
 * Use cases of discussion: threads, replies, edits, reactions, accepted answers, attachments, read
 * state and moderation. Access is always decided by {@link
 * org.learningcommons.community.CommunityGate}.
 */
package org.learningcommons.discussion;
