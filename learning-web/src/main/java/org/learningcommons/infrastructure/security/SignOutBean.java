package org.learningcommons.infrastructure.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.learningcommons.people.SignInService;

/** Signing out ends the session: nothing of it can be used afterwards. */
@Named
@RequestScoped
public class SignOutBean {

  @EJB SignInService signInService;
  @Inject FacesContext faces;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getUserPrincipal() != null) {
      signInService.signedOut(request.getUserPrincipal().getName(), request.getRemoteAddr());
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
