package org.learningcommons.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.learningcommons.people.Role;

/**
 * The signed-in person's name and roles, for pages (menus, links). Permissions live in the EJBs.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUsername() {
    return isSignedIn() ? security.getCallerPrincipal().getName() : null;
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Role.Names.ADMIN);
  }

  public boolean isManager() {
    return security.isCallerInRole(Role.Names.MANAGER);
  }

  public boolean isHr() {
    return security.isCallerInRole(Role.Names.HR);
  }
}
