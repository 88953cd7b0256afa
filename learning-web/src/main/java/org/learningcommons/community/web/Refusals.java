package org.learningcommons.community.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.IOException;
import java.util.Map;
import java.util.function.LongFunction;
import org.learningcommons.community.Communities;
import org.learningcommons.community.CommunityView;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.infrastructure.web.Messages;

/**
 * Turns what the community and discussion use cases refuse into messages a person reads: beside the
 * field the refusal is about when the page names it, otherwise at the top. The EJBs decide; this
 * only reports.
 */
@RequestScoped
public class Refusals {

  @Inject FacesContext faces;
  @Inject Messages messages;
  @EJB Communities communities;

  /** A use case call whose refusals become messages. */
  @FunctionalInterface
  public interface Call {
    void run();
  }

  /** Runs the call; false when it was refused (the messages say why). */
  public boolean attempt(Call call) {
    return attempt(call, Map.of());
  }

  /**
   * Like {@link #attempt(Call)}, with the client ids of the fields by the names the EJBs use
   * ({@code name}, {@code body}, ...), so that messages appear next to them.
   */
  public boolean attempt(Call call, Map<String, String> fields) {
    try {
      call.run();
      return true;
    } catch (RejectedInputException e) {
      add(fields.get(e.field()), messages.textOr(e.key(), e.getMessage(), e.arguments()));
    } catch (NotPermittedException e) {
      add(null, messages.textOr(e.key(), e.getMessage()));
    } catch (NotFoundException e) {
      // Something was removed meanwhile (or was never visible): say so without details.
      messages.error("community.gone");
    } catch (EJBException e) {
      // Bean Validation on the EJB's parameters: the last line when a browser sends more.
      if (!(e.getCause() instanceof ConstraintViolationException violations)) {
        throw e;
      }
      for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
        add(fields.get(lastNode(violation.getPropertyPath())), violation.getMessage());
      }
    }
    faces.validationFailed();
    return false;
  }

  /**
   * The community a page's {@code id} parameter names, or null once the answer is a 404 (no such
   * id, or a community the caller may not see: both read the same).
   */
  public CommunityView community(String id) {
    Long communityId = id(id);
    if (communityId == null) {
      notFound();
      return null;
    }
    try {
      return communities.community(communityId);
    } catch (NotFoundException e) {
      notFound();
      return null;
    }
  }

  /** A real 404, exactly as for a community that does not exist, so ids cannot be probed. */
  public void notFound() {
    sendError(404, messages.text("community.notFound"));
  }

  public void forbidden() {
    sendError(403, messages.text("error.403.text"));
  }

  private void sendError(int status, String text) {
    try {
      faces.getExternalContext().responseSendError(status, text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    faces.responseComplete();
  }

  /**
   * What the id parameter names, loaded; null after answering 404 for an id that is malformed,
   * unknown or not the caller's to see.
   */
  public <T> T found(String idParameter, LongFunction<T> load) {
    Long id = id(idParameter);
    if (id == null) {
      notFound();
      return null;
    }
    try {
      return load.apply(id);
    } catch (NotFoundException e) {
      notFound();
      return null;
    }
  }

  /** An id from a request parameter; null for anything that is not one. */
  public static Long id(String value) {
    if (value == null || value.isBlank() || value.length() > 18) {
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void add(String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static String lastNode(Path path) {
    String name = null;
    for (Path.Node node : path) {
      name = node.getName();
    }
    return name;
  }
}
