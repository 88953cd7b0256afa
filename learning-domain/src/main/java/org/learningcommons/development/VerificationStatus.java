package org.learningcommons.development;

/**
 * Where an external learning entry stands with the person's manager. NONE: nobody was asked;
 * REQUESTED: the direct manager was asked; VERIFIED: a manager above or HR confirmed it (the entry
 * no longer changes); DECLINED: they did not confirm it, with a comment (the owner may correct and
 * ask again).
 */
public enum VerificationStatus {
  NONE,
  REQUESTED,
  VERIFIED,
  DECLINED
}
