package org.learningcommons.infrastructure.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document. {@code errors} lists invalid fields (validation problems). */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}

  public static Response response(Response.Status status, String detail) {
    return response(status, detail, null);
  }

  public static Response response(Response.Status status, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(
            new Problem(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors))
        .build();
  }
}
