package org.learningcommons.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/** Staff profiles. */
public interface StaffMemberRepository {

  Optional<StaffMember> findByUsername(String username);

  /** Every profile, active or not, keyed by user name: the starting point of a directory sync. */
  Map<String, StaffMember> allByUsername();

  void add(StaffMember member);

  /** How many active staff match the criteria. */
  long count(StaffSearch criteria);

  /** One page of the active staff matching the criteria, ordered by display name. */
  List<StaffMember> list(StaffSearch criteria, PageRequest page);

  /** One page with the total, for callers that need both. */
  default Page<StaffMember> search(StaffSearch criteria, PageRequest page) {
    long total = count(criteria);
    List<StaffMember> items = page.offset() >= total ? List.of() : list(criteria, page);
    return new Page<>(items, total, page.offset());
  }

  /** The departments of active staff, for filters. */
  List<String> departments();

  /** Active people whose manager is {@code username}, ordered by name (at most {@code limit}). */
  List<StaffMember> directReports(String username, int limit);
}
