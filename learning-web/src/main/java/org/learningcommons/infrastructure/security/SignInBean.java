package org.learningcommons.infrastructure.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.stream.Collectors;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.people.SignInOutcome;
import org.learningcommons.people.SignInService;

/** The login page's form: sign in, then continue where the person wanted to go. */
@Named
@RequestScoped
public class SignInBean {

  @EJB SignInService signInService;
  @Inject FacesContext faces;
  @Inject Messages messages;

  private String username;
  private String password;

  /** Sends a person who is signed in already to the home page. */
  public void redirectIfSignedIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (external.getUserPrincipal() != null) {
      external.redirect(external.getRequestContextPath() + "/");
    }
  }

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String typedPassword = password;
    SignInOutcome outcome =
        SignInAttempts.run(
            () -> signInService.signIn(username, typedPassword, request.getRemoteAddr()));
    password = null;
    switch (outcome.result()) {
      case SUCCEEDED -> {
        HttpSession session = request.getSession(true);
        Object target = session.getAttribute(LearningCommonsAuthentication.CONTINUE_ATTRIBUTE);
        // A new session id at sign-in: a session id known before sign-in is worth nothing after.
        request.changeSessionId();
        session.removeAttribute(LearningCommonsAuthentication.CONTINUE_ATTRIBUTE);
        session.setAttribute(
            SignedInUser.SESSION_ATTRIBUTE,
            new SignedInUser(
                outcome.username(),
                outcome.roles().stream().map(Enum::name).collect(Collectors.toSet())));
        external.redirect(safeTarget(target, external.getRequestContextPath()));
      }
      case INVALID -> messages.error("login.failed.invalid");
      case LOCKED -> messages.error("login.failed.locked");
      case NO_ACCESS -> messages.error("login.failed.noAccess");
      case DIRECTORY_UNAVAILABLE -> messages.error("login.failed.directoryUnavailable");
    }
  }

  /** Only paths inside this application, never another site. */
  static String safeTarget(Object target, String contextPath) {
    String home = contextPath + "/";
    if (!(target instanceof String path)
        || !path.startsWith(home)
        || path.startsWith("//")
        || path.contains("\\")
        || path.contains("login.xhtml")) {
      return home;
    }
    return path;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
