/**
 * Use cases of communities: the directory, creating and describing communities, membership,
 * moderation. Every method checks {@link org.learningcommons.community.CommunityAccess} through
 * {@link org.learningcommons.community.CommunityGate}; nothing relies on hidden buttons.
 */
package org.learningcommons.community;
