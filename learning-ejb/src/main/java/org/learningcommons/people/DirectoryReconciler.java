package org.learningcommons.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningcommons.infrastructure.persistence.MultiRowInsert;

/** Applies a directory listing to the profiles, in one transaction, one sync at a time. */
@Stateless
@PermitAll
public class DirectoryReconciler {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject StaffMemberRepository staff;

  /**
   * @param runId the run this reconciliation belongs to; runs still marked as running besides it
   *     were cut off (their node stopped) and are closed as failed, since holding the sync lock
   *     proves that nobody else is syncing
   */
  public DirectoryReconciliation.Outcome reconcile(List<DirectoryEntry> everyone, long runId) {
    Boolean alone =
        (Boolean)
            em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, DirectorySync.JOB)
                .getSingleResult();
    if (!Boolean.TRUE.equals(alone)) {
      throw new SyncAlreadyRunningException();
    }
    em.createQuery(
            "update DirectorySyncRun r set r.status = :failed, r.finishedAt = :now,"
                + " r.message = :message where r.status = :running and r.id <> :current")
        .setParameter("failed", DirectorySyncRun.Status.FAILED)
        .setParameter("running", DirectorySyncRun.Status.RUNNING)
        .setParameter("now", Instant.now())
        .setParameter("message", "Interrupted: the node stopped during the run")
        .setParameter("current", runId)
        .executeUpdate();
    DirectoryReconciliation.Outcome outcome =
        DirectoryReconciliation.reconcile(staff.allByUsername(), everyone, Instant.now());
    outcome.newcomers().forEach(staff::add);
    em.flush();
    recordGroups(everyone);
    return outcome;
  }

  /**
   * Brings the recorded group membership ({@code staff_member_group}) in line with the listing:
   * only people whose groups changed are rewritten, with a few statements per 500 of them.
   */
  void recordGroups(List<DirectoryEntry> everyone) {
    Map<String, Set<String>> recorded = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.username, g.group_dn from staff_member_group g"
                    + " join staff_member s on s.id = g.staff_member_id")
            .getResultList();
    for (Object[] row : rows) {
      recorded.computeIfAbsent((String) row[0], u -> new HashSet<>()).add((String) row[1]);
    }
    Map<String, Set<String>> changed = new LinkedHashMap<>();
    for (DirectoryEntry entry : everyone) {
      Set<String> now = entry.groups();
      if (!now.equals(recorded.getOrDefault(entry.username(), Set.of()))) {
        changed.putIfAbsent(entry.username(), now);
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    // The multi-row VALUES list names the people whose rows go.
    MultiRowInsert.insert(
        em,
        "delete from staff_member_group g using staff_member s, (",
        ") v(username) where s.id = g.staff_member_id and s.username = v.username",
        1,
        List.copyOf(changed.keySet()),
        username -> new Object[] {username});
    List<String[]> memberships = new ArrayList<>();
    changed.forEach(
        (username, groups) -> groups.forEach(dn -> memberships.add(new String[] {username, dn})));
    MultiRowInsert.insert(
        em,
        "insert into staff_member_group (staff_member_id, group_dn, group_name)"
            + " select s.id, v.dn, v.name from (",
        ") v(username, dn, name) join staff_member s on s.username = v.username"
            + " on conflict do nothing",
        3,
        memberships,
        m -> new Object[] {m[0], m[1], groupName(m[1])});
  }

  /** A group's name: the value of its DN's first RDN ({@code cn=First-Aiders,ou=...}). */
  static String groupName(String dn) {
    String first = dn.split("(?<!\\\\),", 2)[0];
    int equals = first.indexOf('=');
    String name = (equals < 0 ? first : first.substring(equals + 1)).strip();
    return name.length() > 255 ? name.substring(0, 255) : name;
  }
}
