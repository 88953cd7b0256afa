package org.learningcommons.learning.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.learning.AssignmentEvaluation;
import org.learningcommons.learning.AssignmentRules;
import org.learningcommons.learning.AssignmentView;
import org.learningcommons.learning.DueFrom;
import org.learningcommons.learning.EvaluationView;
import org.learningcommons.learning.RuleInput;
import org.learningcommons.learning.RuleSaved;
import org.learningcommons.learning.RuleScope;
import org.learningcommons.learning.RuleView;

/** HR's mandatory-training rules (HR and ADMIN only; 403 for others). */
@Path("assignment-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentRulesResource {

  /**
   * The body of a rule.
   *
   * @param scope EVERYONE, DEPARTMENT, ROLE, TITLE or GROUP
   * @param value the department, role (STAFF, MANAGER, HR, ADMIN), title or group (name or DN)
   * @param dueFrom ASSIGNMENT (default) or HIRE
   */
  public record RuleBody(
      Long courseId, String scope, String value, Integer dueDays, String dueFrom, Boolean active) {

    RuleInput checked() {
      return new RuleInput(
          courseId,
          TrainingParameters.constant("scope", scope, RuleScope.class),
          value,
          dueDays,
          TrainingParameters.constant("dueFrom", dueFrom, DueFrom.class),
          active);
    }
  }

  private static final Set<String> ASSIGNMENT_STATUSES = Set.of("ACTIVE", "REMOVED");

  @EJB AssignmentRules rules;
  @EJB AssignmentEvaluation evaluation;

  @GET
  @Operation(
      summary = "The rules",
      description = "Rules not deleted, by course title, with how many people each assigns now.")
  public TrainingPage<RuleView> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return TrainingPage.of(rules.rules(TrainingParameters.page(offset, limit)), limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make a course mandatory",
      description =
          "Saves the rule (audited) and evaluates it for everybody at once: people it matches are"
              + " assigned the course with a due date, enrolled and notified. 201 with the rule and"
              + " the evaluation's counts. 400 with the field for a wrong course (unknown or not"
              + " published), scope, value or due days.")
  public Response create(RuleBody body, @Context UriInfo uri) {
    if (body == null) {
      throw new BadRequestException();
    }
    RuleSaved saved = rules.create(body.checked());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(saved.rule().id())).build())
        .entity(saved)
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One rule", description = "404 for an unknown or deleted rule.")
  public RuleView rule(@PathParam("id") long id) {
    return rules.rule(id);
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a rule",
      description =
          "Saves (audited) and evaluates it: people it no longer matches lose the assignment (kept"
              + " as history; their open rule enrolment is withdrawn unless another rule assigns"
              + " the course), new matches gain it.")
  public RuleSaved update(@PathParam("id") long id, RuleBody body) {
    if (body == null) {
      throw new BadRequestException();
    }
    return rules.update(id, body.checked());
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "Delete a rule",
      description = "Its assignments are removed (kept as history); audited. Returns the counts.")
  public EvaluationView delete(@PathParam("id") long id) {
    return rules.delete(id);
  }

  @GET
  @Path("{id: [0-9]+}/assignments")
  @Operation(
      summary = "Whom a rule assigned",
      description =
          "Current assignments first, then removed ones with when and why (NO_LONGER_MATCHES,"
              + " LEFT, RULE_CHANGED, RULE_INACTIVE, RULE_DELETED, COURSE_RETIRED). status=ACTIVE"
              + " or REMOVED filters.")
  public TrainingPage<AssignmentView> assignments(
      @PathParam("id") long id,
      @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    String checked = status == null || status.isBlank() ? null : status.toUpperCase(Locale.ROOT);
    if (checked != null && !ASSIGNMENT_STATUSES.contains(checked)) {
      throw new InvalidParameterException("status", "must be ACTIVE or REMOVED");
    }
    return TrainingPage.of(
        rules.assignments(id, checked, TrainingParameters.page(offset, limit)), limit);
  }

  @POST
  @Path("evaluation")
  @Operation(
      summary = "Evaluate every rule for everybody now",
      description =
          "In batches of ASSIGNMENT_EVALUATION_BATCH people per transaction; returns the counts"
              + " and the duration. Audited. (The directory sync runs the same after each run.)")
  public EvaluationView evaluate() {
    return evaluation.evaluateNow();
  }
}
