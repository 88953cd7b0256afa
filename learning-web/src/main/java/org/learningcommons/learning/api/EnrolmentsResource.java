package org.learningcommons.learning.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.learning.EnrolmentReport;
import org.learningcommons.learning.Enrolments;

/** Enrolment of people by their manager or by HR. */
@Path("enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

  /** The body of {@code POST /enrolments}: the course, the people, and an optional due date. */
  public record EnrolInput(Long courseId, List<String> usernames, Instant dueAt) {}

  @EJB Enrolments enrolments;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enrol people on a course (managers: their reports; HR: anyone)",
      description =
          "One transaction for up to 500 people. 403 when a manager names anybody not below them"
              + " in the reporting line; 404 for a course the caller may not see. The answer lists"
              + " who was enrolled and who was skipped with the reason (UNKNOWN_PERSON, LEFT,"
              + " ALREADY_ENROLLED, DUPLICATE). The learners are notified; audited.")
  public EnrolmentReport enrol(EnrolInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    if (input.courseId() == null) {
      throw new InvalidParameterException("courseId", "is required");
    }
    return enrolments.enrol(input.courseId(), input.usernames(), input.dueAt());
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "Withdraw an enrolment a manager or HR made",
      description =
          "HR, or the manager who enrolled the person. 404 when the caller may not see the"
              + " person's learning; 403 for other enrolments (self, rule, session); audited.")
  public void withdraw(@PathParam("id") long id) {
    enrolments.withdraw(id);
  }
}
