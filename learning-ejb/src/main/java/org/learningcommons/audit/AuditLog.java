package org.learningcommons.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/** Reading the audit trail: administrators only. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditLog {

  @Inject AuditTrail trail;

  public Page<AuditEntryView> recent(@NotNull PageRequest page) {
    return trail.recent(page).map(AuditEntryView::of);
  }
}
