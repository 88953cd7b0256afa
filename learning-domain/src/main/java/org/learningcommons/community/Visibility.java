package org.learningcommons.community;

/** Who can find a community and who can read it. Stored by name. */
public enum Visibility {
  /** Listed for everybody; anyone reads and joins. */
  OPEN,
  /** Listed for everybody; only members read; joining needs a moderator's approval. */
  RESTRICTED,
  /** Invisible to non-members; people join by invitation only. */
  PRIVATE
}
