package org.learningcommons.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/** Reading the audit trail: administrators only. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditLog {

  @Inject AuditTrail trail;

  public long count() {
    return trail.count();
  }

  /** One page, newest first. */
  public List<AuditEntryView> list(@NotNull PageRequest page) {
    return trail.list(page).stream().map(AuditEntryView::of).toList();
  }
}
