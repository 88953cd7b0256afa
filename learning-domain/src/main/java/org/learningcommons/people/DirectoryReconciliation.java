package org.learningcommons.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule of a directory sync: everybody the directory lists gets a current profile (created when
 * new), and every active profile the directory no longer lists is deactivated. A directory answer
 * without anybody in it is refused, so that a wrong base DN cannot deactivate the whole company.
 */
public final class DirectoryReconciliation {

  /** What a reconciliation did; {@code newcomers} still have to be stored. */
  public record Outcome(List<StaffMember> newcomers, int updated, int unchanged, int deactivated) {}

  private DirectoryReconciliation() {}

  public static Outcome reconcile(
      Map<String, StaffMember> existingByUsername,
      Iterable<DirectoryEntry> directory,
      Instant now) {
    List<StaffMember> newcomers = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    int updated = 0;
    int unchanged = 0;
    for (DirectoryEntry entry : directory) {
      if (!listed.add(entry.username())) {
        continue;
      }
      StaffMember known = existingByUsername.get(entry.username());
      if (known == null) {
        newcomers.add(new StaffMember(entry, now));
      } else if (known.refreshFrom(entry, now)) {
        updated++;
      } else {
        unchanged++;
      }
    }
    if (listed.isEmpty()) {
      throw new EmptyDirectoryException();
    }
    int deactivated = 0;
    for (StaffMember member : existingByUsername.values()) {
      if (!listed.contains(member.getUsername()) && member.deactivate(now)) {
        deactivated++;
      }
    }
    return new Outcome(List.copyOf(newcomers), updated, unchanged, deactivated);
  }

  /** The directory listed nobody: most likely a configuration error, never a mass departure. */
  public static final class EmptyDirectoryException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public EmptyDirectoryException() {
      super("The directory listed nobody under the configured base; no profile was deactivated");
    }
  }
}
