package org.learningcommons.infrastructure.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningcommons.announcement.AcknowledgementRefusedException;
import org.learningcommons.article.ArticleConflictException;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.learning.CourseConflictException;
import org.learningcommons.people.ProfileChangedException;
import org.learningcommons.people.ProfileNotFoundException;

/**
 * Every error of the API as problem+json: client errors say what was wrong, server errors say only
 * that something failed (with an id to find the log entry), never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    Throwable e = unwrap(exception);
    if (causedBy(e, BodyTooLargeException.class)) {
      return Problem.response(
          Response.Status.REQUEST_ENTITY_TOO_LARGE, cause(e, BodyTooLargeException.class) + ".");
    }
    if (causedBy(e, JsonException.class) || causedBy(e, JsonbException.class)) {
      // Malformed JSON, or a value of the wrong type; the parser's message names neither safely.
      return Problem.response(
          Response.Status.BAD_REQUEST,
          "The request body is not a JSON object of the documented form.",
          List.of(new Problem.FieldError("body", "must be a JSON object of the documented form")));
    }
    if (e instanceof WebApplicationException web) {
      Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      return Problem.response(status, detailOf(status));
    }
    if (e instanceof ConstraintViolationException invalid) {
      List<Problem.FieldError> errors =
          invalid.getConstraintViolations().stream().map(ProblemMapper::fieldError).toList();
      return Problem.response(Response.Status.BAD_REQUEST, "The request is not valid.", errors);
    }
    if (e instanceof InvalidInputException invalid) {
      return Problem.response(
          Response.Status.BAD_REQUEST, "The request is not valid.", invalid.errors());
    }
    if (e instanceof InvalidParameterException invalid) {
      return Problem.response(
          Response.Status.BAD_REQUEST,
          "The request is not valid.",
          List.of(new Problem.FieldError(invalid.parameter(), invalid.getMessage())));
    }
    if (e instanceof ProfileNotFoundException) {
      return Problem.response(Response.Status.NOT_FOUND, "There is no such person.");
    }
    if (e instanceof NotFoundException) {
      // The same answer for "does not exist" and "you may not know it exists".
      return Problem.response(Response.Status.NOT_FOUND, "There is nothing at this address.");
    }
    if (e instanceof NotPermittedException refused) {
      return Problem.response(Response.Status.FORBIDDEN, refused.getMessage());
    }
    if (e instanceof ArticleConflictException conflict) {
      // A step out of order (approving a draft): the article's status refuses it.
      return Problem.response(Response.Status.CONFLICT, conflict.getMessage());
    }
    if (e instanceof CourseConflictException conflict) {
      // A course's or an attempt's state refuses the step (publishing twice, submitting twice).
      return Problem.response(Response.Status.CONFLICT, conflict.getMessage());
    }
    if (e instanceof RejectedInputException rejected) {
      // The use cases reject a name only when it clashes with what is stored (taken, or changed
      // meanwhile), and a version when somebody else changed the thing meanwhile: a conflict with
      // the current state, not malformed input.
      return Problem.response(
          "name".equals(rejected.field()) || "version".equals(rejected.field())
              ? Response.Status.CONFLICT
              : Response.Status.BAD_REQUEST,
          rejected.getMessage(),
          List.of(new Problem.FieldError(rejected.field(), rejected.getMessage())));
    }
    if (e instanceof AcknowledgementRefusedException refused) {
      // Already acknowledged or expired: the request was fine, the announcement's state refuses it.
      return Problem.response(
          refused.reason() == AcknowledgementRefusedException.Reason.NOT_REQUESTED
              ? Response.Status.BAD_REQUEST
              : Response.Status.CONFLICT,
          refused.getMessage());
    }
    if (e instanceof ProfileChangedException changed) {
      return Problem.response(Response.Status.CONFLICT, changed.getMessage());
    }
    if (isAccessDenied(e)) {
      return Problem.response(Response.Status.FORBIDDEN, "You may not do this.");
    }
    if (e instanceof IllegalArgumentException illegal) {
      return Problem.response(Response.Status.BAD_REQUEST, illegal.getMessage());
    }
    String id = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API request failed (error id " + id + ")", exception);
    return Problem.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "The request could not be completed. Error id " + id + ".");
  }

  private static Throwable unwrap(Throwable exception) {
    Throwable e = exception;
    while (e instanceof EJBException
        && !(e instanceof EJBAccessException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  /** The message of the first {@code type} in the chain. */
  private static String cause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return t.getMessage();
      }
    }
    return null;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Container-dependent: EJB security refusals come as either of these. */
  private static boolean isAccessDenied(Throwable e) {
    return e instanceof EJBAccessException || e instanceof AccessLocalException;
  }

  private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    int dot = path.lastIndexOf('.');
    return new Problem.FieldError(dot < 0 ? path : path.substring(dot + 1), violation.getMessage());
  }

  private static String detailOf(Response.Status status) {
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address.";
      case METHOD_NOT_ALLOWED -> "This address does not support that method.";
      case NOT_ACCEPTABLE -> "This resource is available as application/json only.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send application/json.";
      case REQUEST_ENTITY_TOO_LARGE ->
          "The request body is larger than " + RequestSizeLimit.MAX_BYTES + " bytes.";
      case FORBIDDEN -> "You may not do this.";
      case UNAUTHORIZED -> "Sign in first.";
      default -> status.getReasonPhrase();
    };
  }
}
