package org.learningcommons.discussion;

import java.io.Serializable;
import java.time.Instant;

/** Who liked a post, and when. */
public record ReactionView(String username, String displayName, Instant reactedAt)
    implements Serializable {}
