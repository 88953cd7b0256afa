package org.learningcommons.learning.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.atMost;
import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.discussion.AttachmentView;
import org.learningcommons.discussion.FileContent;
import org.learningcommons.infrastructure.rest.BodyTooLargeException;
import org.learningcommons.infrastructure.rest.InvalidInputException;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.learning.CourseAuthoring;
import org.learningcommons.learning.CourseCatalogue;
import org.learningcommons.learning.CourseFormat;
import org.learningcommons.learning.CourseQuery;
import org.learningcommons.learning.CourseReading;
import org.learningcommons.learning.CourseReviews;
import org.learningcommons.learning.CourseStatus;
import org.learningcommons.learning.CourseViews.CourseSummary;
import org.learningcommons.learning.CourseViews.CourseView;
import org.learningcommons.learning.CourseViews.EnrolmentView;
import org.learningcommons.learning.CourseViews.ItemContent;
import org.learningcommons.learning.CourseViews.ProgressView;
import org.learningcommons.learning.CourseViews.ReviewView;
import org.learningcommons.learning.ItemKind;
import org.learningcommons.learning.LearnerProgress;
import org.learningcommons.learning.QuizAttempts;
import org.learningcommons.learning.QuizViews.AttemptRecord;
import org.learningcommons.learning.QuizViews.AttemptResult;
import org.learningcommons.learning.QuizViews.AttemptView;
import org.learningcommons.learning.QuizViews.QuestionEditView;
import org.learningcommons.learning.api.CourseInputs.AnswersInput;
import org.learningcommons.learning.api.CourseInputs.CourseInput;
import org.learningcommons.learning.api.CourseInputs.CreatedDto;
import org.learningcommons.learning.api.CourseInputs.ItemInput;
import org.learningcommons.learning.api.CourseInputs.ModuleInput;
import org.learningcommons.learning.api.CourseInputs.OwnerInput;
import org.learningcommons.learning.api.CourseInputs.QuestionInput;
import org.learningcommons.learning.api.CourseInputs.ReviewInput;
import org.learningcommons.shared.PageRequest;

/**
 * Courses: the catalogue, a course with its content and the caller's progress, lessons, quiz
 * attempts, reviews, and authoring. A course the caller may not see is 404 at every address under
 * it; a lesson of a course they see but are not enrolled on is 403.
 */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

  private static final int MAX_FILE_NAME = 255;

  @EJB CourseCatalogue catalogue;
  @EJB CourseReading reading;
  @EJB CourseAuthoring authoring;
  @EJB LearnerProgress progress;
  @EJB QuizAttempts quizzes;
  @EJB CourseReviews reviews;
  @Inject AttachmentSettings attachmentSettings;

  @GET
  @Operation(
      summary = "Search the catalogue",
      description =
          "Published courses the caller may take (audience everyone or their department), by"
              + " title, whose title, summary or category has words beginning with every word of"
              + " q; filters category, tag, format (E_LEARNING, CLASSROOM, EXTERNAL, VIDEO). With"
              + " mine=true the caller's own courses in every status (or status); HR and"
              + " administrators may ask for status=DRAFT or RETIRED (403 for others). Each row"
              + " has its tags, rating and the caller's enrolment status.")
  public CoursePageDto<CourseSummary> search(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("tag") String tag,
      @QueryParam("format") String format,
      @QueryParam("mine") @DefaultValue("false") boolean mine,
      @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    CourseQuery query =
        new CourseQuery(
            atMost("q", q, 200),
            atMost("category", category, 200),
            atMost("tag", tag, 200),
            parse("format", format, CourseFormat.class),
            mine,
            parse("status", status, CourseStatus.class));
    return CoursePageDto.of(catalogue.search(query, page(offset, limit)), limit);
  }

  @GET
  @Path("categories")
  @Operation(summary = "Categories of the catalogue's courses", description = "For filters.")
  public List<String> categories() {
    return catalogue.categories();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a course (HR, ADMIN)",
      description =
          "A draft owned by the caller; 403 for others. format one of E_LEARNING, CLASSROOM,"
              + " EXTERNAL, VIDEO; selfEnrol defaults to true, renewalWindowDays to 30;"
              + " validityMonths null for completions that never expire. 201 with the Location.")
  public Response create(CourseInput input, @Context UriInfo uri) {
    long id = authoring.create(required(input).checked());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(reading.course(id))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "A course with its content and my progress",
      description =
          "Modules with their items in order (titles and kinds, never lesson content or quiz"
              + " answers); progress (percentDone, doneItemIds) when the caller has an enrolment."
              + " 404 alike for an unknown course and one the caller may not see (drafts: owner"
              + " and HR only; audience: everyone or the listed departments).")
  public CourseView course(@PathParam("id") long id) {
    return reading.course(id);
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Describe a course (owner, HR, ADMIN)",
      description =
          "Replaces the description; 403 for others, 409 when version is given and the course"
              + " changed since, or when it is retired.")
  public CourseView describe(@PathParam("id") long id, CourseInput input) {
    CourseInput checked = required(input);
    authoring.describe(id, checked.version(), checked.checked());
    return reading.course(id);
  }

  @POST
  @Path("{id: [0-9]+}/publish")
  @Operation(
      summary = "Publish a draft (owner, HR, ADMIN)",
      description =
          "409 unless it is a draft with at least one item and every quiz has a question. The"
              + " first publication makes the course's community.")
  public CourseView publish(@PathParam("id") long id) {
    authoring.publish(id);
    return reading.course(id);
  }

  @POST
  @Path("{id: [0-9]+}/retire")
  @Operation(
      summary = "Retire a published course (owner, HR, ADMIN)",
      description =
          "It leaves the catalogue; enrolments and completions stay. 409 unless published.")
  public CourseView retire(@PathParam("id") long id) {
    authoring.retire(id);
    return reading.course(id);
  }

  @POST
  @Path("{id: [0-9]+}/owner")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Hand the course to another owner (owner, HR, ADMIN)",
      description = "Body {\"owner\": username} of an active member of staff (400 otherwise).")
  public CourseView handOver(@PathParam("id") long id, OwnerInput input) {
    authoring.handOver(id, required(input).checked());
    return reading.course(id);
  }

  @POST
  @Path("{id: [0-9]+}/modules")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a module at the end (owner, HR, ADMIN)", description = "201.")
  public Response addModule(@PathParam("id") long id, ModuleInput input) {
    long module = authoring.addModule(id, required(input).checkedTitle(true));
    return created(module);
  }

  @PUT
  @Path("{id: [0-9]+}/modules/{moduleId: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rename and/or move a module (owner, HR, ADMIN)",
      description = "title renames; position (1 is first) moves it, the others close up.")
  public CourseView changeModule(
      @PathParam("id") long id, @PathParam("moduleId") long moduleId, ModuleInput input) {
    ModuleInput checked = required(input);
    String title = checked.checkedTitle(false);
    if (title != null) {
      authoring.renameModule(id, moduleId, title);
    }
    if (checked.position() != null) {
      authoring.moveModule(id, moduleId, checked.position());
    }
    return reading.course(id);
  }

  @DELETE
  @Path("{id: [0-9]+}/modules/{moduleId: [0-9]+}")
  @Operation(
      summary = "Remove a module with its items (owner, HR, ADMIN)",
      description = "Learners' progress on its items goes with them. 204.")
  public Response removeModule(@PathParam("id") long id, @PathParam("moduleId") long moduleId) {
    authoring.removeModule(id, moduleId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/modules/{moduleId: [0-9]+}/items")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a lesson or a quiz at the end of a module (owner, HR, ADMIN)",
      description =
          "kind PAGE (body: HTML, sanitised), VIDEO or LINK (url: http or https), FILE"
              + " (attachmentId from POST /courses/{id}/files) or QUIZ (passMark 0..100,"
              + " attemptLimit or null, body as introduction; questions follow). required"
              + " defaults to true. 201.")
  public Response addItem(
      @PathParam("id") long id, @PathParam("moduleId") long moduleId, ItemInput input) {
    ItemInput checked = required(input);
    ItemKind kind = checked.checkedKind();
    long item =
        kind == ItemKind.QUIZ
            ? authoring.addQuiz(id, moduleId, checked.quiz())
            : authoring.addLesson(id, moduleId, checked.lesson());
    return created(item);
  }

  @PUT
  @Path("{id: [0-9]+}/items/{itemId: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a lesson or a quiz (owner, HR, ADMIN)",
      description =
          "The same fields as when adding (kind must stay); moduleId and position move it.")
  public CourseView changeItem(
      @PathParam("id") long id, @PathParam("itemId") long itemId, ItemInput input) {
    ItemInput checked = required(input);
    ItemKind kind = checked.checkedKind();
    if (kind == ItemKind.QUIZ) {
      authoring.updateQuiz(id, itemId, checked.quiz());
    } else {
      authoring.updateLesson(id, itemId, checked.lesson());
    }
    if (checked.moduleId() != null || checked.position() != null) {
      long module =
          checked.moduleId() != null ? checked.moduleId() : moduleOf(reading.course(id), itemId);
      authoring.moveItem(
          id, itemId, module, checked.position() == null ? Integer.MAX_VALUE : checked.position());
    }
    return reading.course(id);
  }

  @DELETE
  @Path("{id: [0-9]+}/items/{itemId: [0-9]+}")
  @Operation(summary = "Remove a lesson or a quiz (owner, HR, ADMIN)", description = "204.")
  public Response removeItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
    authoring.removeItem(id, itemId);
    return Response.noContent().build();
  }

  @GET
  @Path("{id: [0-9]+}/quizzes/{itemId: [0-9]+}/questions")
  @Operation(
      summary = "A quiz's questions with their answers (owner, HR, ADMIN)",
      description = "For editing; learners see questions only within an attempt.")
  public List<QuestionEditView> questions(
      @PathParam("id") long id, @PathParam("itemId") long itemId) {
    return authoring.questionsToEdit(id, itemId);
  }

  @POST
  @Path("{id: [0-9]+}/quizzes/{itemId: [0-9]+}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a question to a quiz (owner, HR, ADMIN)",
      description =
          "kind SINGLE or TRUE_FALSE (exactly one option correct; TRUE_FALSE has two) or"
              + " MULTIPLE (at least one); 2 to 10 options {text, correct}. 201.")
  public Response addQuestion(
      @PathParam("id") long id, @PathParam("itemId") long itemId, QuestionInput input) {
    return created(authoring.addQuestion(id, itemId, required(input).checked()));
  }

  @PUT
  @Path("{id: [0-9]+}/questions/{questionId: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a question (owner, HR, ADMIN)", description = "As when adding.")
  public Response changeQuestion(
      @PathParam("id") long id, @PathParam("questionId") long questionId, QuestionInput input) {
    authoring.updateQuestion(id, questionId, required(input).checked());
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id: [0-9]+}/questions/{questionId: [0-9]+}")
  @Operation(summary = "Remove a question (owner, HR, ADMIN)", description = "204.")
  public Response removeQuestion(
      @PathParam("id") long id, @PathParam("questionId") long questionId) {
    authoring.removeQuestion(id, questionId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/files")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(
      summary = "Upload a file for a file lesson (owner, HR, ADMIN)",
      description =
          "The body is the file's bytes, ?fileName= its name. Images and documents recognised by"
              + " their content; 400 for other types or an empty file, 413 above"
              + " ATTACHMENT_MAX_BYTES. 201 with the file; a FILE item links it by attachmentId.")
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
      InputStream body)
      throws IOException {
    InvalidInputException.check().required("fileName", fileName, MAX_FILE_NAME).done();
    long max = attachmentSettings.maxBytes();
    if (length > max) {
      throw new BodyTooLargeException(max);
    }
    byte[] content = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    if (content.length > max) {
      throw new BodyTooLargeException(max);
    }
    AttachmentView file = authoring.upload(id, fileName, content);
    return Response.status(Response.Status.CREATED).entity(file).build();
  }

  @GET
  @Path("{id: [0-9]+}/items/{itemId: [0-9]+}")
  @Operation(
      summary = "A lesson's content, or a quiz's rules",
      description =
          "For the course's learners, its owner, HR and administrators; 403 (enrol first) for"
              + " others who see the course, 404 for a course they may not see. Reading does not"
              + " mark the lesson done.")
  public ItemContent item(@PathParam("id") long id, @PathParam("itemId") long itemId) {
    return reading.item(id, itemId);
  }

  @GET
  @Path("{id: [0-9]+}/items/{itemId: [0-9]+}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a file lesson's file",
      description = "For the same people as the lesson; as an attachment.")
  public Response file(@PathParam("id") long id, @PathParam("itemId") long itemId) {
    FileContent file = reading.file(id, itemId);
    String name = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @POST
  @Path("{id: [0-9]+}/items/{itemId: [0-9]+}/done")
  @Operation(
      summary = "Mark a lesson done",
      description =
          "For the caller's active enrolment (403 without one); again changes nothing. 400 for a"
              + " quiz (passing it counts). Says whether this completed the course, with the"
              + " completion and its verification code.")
  public ProgressView done(@PathParam("id") long id, @PathParam("itemId") long itemId) {
    return progress.markDone(id, itemId);
  }

  @POST
  @Path("{id: [0-9]+}/enrolment")
  @Operation(
      summary = "Enrol myself",
      description =
          "On a published course open to self-enrolment in my audience: 201; 200 with the"
              + " existing enrolment when I am enrolled already; 403 when the course is not open"
              + " to self-enrolment or is for other departments; 409 when retired.")
  public Response enrol(@PathParam("id") long id) {
    EnrolmentView enrolment = progress.enrol(id);
    return Response.status(enrolment.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(enrolment)
        .build();
  }

  @DELETE
  @Path("{id: [0-9]+}/enrolment")
  @Operation(
      summary = "Leave a course I enrolled on myself",
      description = "204; 403 for an enrolment by a manager, HR or a rule; 404 when not enrolled.")
  public Response leave(@PathParam("id") long id) {
    progress.leave(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/quizzes/{itemId: [0-9]+}/attempts")
  @Operation(
      summary = "Start an attempt at a quiz",
      description =
          "201 with the questions in this attempt's shuffled order and their options by position"
              + " (never which are right); 200 with my open attempt when one is not submitted"
              + " yet. 409 when no attempts are left; 403 without an active enrolment.")
  public Response start(@PathParam("id") long id, @PathParam("itemId") long itemId) {
    AttemptView attempt = quizzes.start(id, itemId);
    return Response.status(attempt.resumed() ? Response.Status.OK : Response.Status.CREATED)
        .entity(attempt)
        .build();
  }

  @GET
  @Path("{id: [0-9]+}/quizzes/{itemId: [0-9]+}/attempts")
  @Operation(summary = "My attempts at a quiz and their results", description = "Newest first.")
  public List<AttemptRecord> attempts(@PathParam("id") long id, @PathParam("itemId") long itemId) {
    return quizzes.attempts(id, itemId);
  }

  @POST
  @Path("{id: [0-9]+}/quizzes/{itemId: [0-9]+}/attempts/{number: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit an attempt",
      description =
          "Body {\"answers\": {\"<questionId>\": [option positions, 0 first]}}; a question left"
              + " out is wrong. Scored here: score (percent), passed, and whether passing"
              + " completed the course. 400 for a question not in the attempt or an option it"
              + " does not have; 409 when the attempt was submitted already.")
  public AttemptResult submit(
      @PathParam("id") long id,
      @PathParam("itemId") long itemId,
      @PathParam("number") int number,
      AnswersInput input) {
    return quizzes.submit(id, itemId, number, required(input).checked());
  }

  @GET
  @Path("{id: [0-9]+}/reviews")
  @Operation(summary = "Reviews of a course", description = "Newest first.")
  public CoursePageDto<ReviewView> reviews(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return CoursePageDto.of(reviews.reviews(id, page(offset, limit)), limit);
  }

  @GET
  @Path("{id: [0-9]+}/reviews/mine")
  @Operation(summary = "My review of a course", description = "404 when I have not rated it.")
  public ReviewView myReview(@PathParam("id") long id) {
    ReviewView mine = reviews.mine(id);
    if (mine == null) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    return mine;
  }

  @PUT
  @Path("{id: [0-9]+}/reviews/mine")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rate and review a course",
      description =
          "Body {\"rating\": 1..5, \"text\": optional plain text}. For people with an enrolment"
              + " on the course (403 otherwise); rating again replaces the review.")
  public ReviewView review(@PathParam("id") long id, ReviewInput input) {
    ReviewInput checked = required(input);
    return reviews.review(id, checked.checkedRating(), checked.text());
  }

  private static long moduleOf(CourseView course, long itemId) {
    return course.modules().stream()
        .flatMap(m -> m.items().stream())
        .filter(i -> i.id() == itemId)
        .findFirst()
        .orElseThrow(jakarta.ws.rs.NotFoundException::new)
        .moduleId();
  }

  private static Response created(long id) {
    return Response.status(Response.Status.CREATED).entity(new CreatedDto(id)).build();
  }

  private static <T> T required(T input) {
    if (input == null) {
      throw new BadRequestException();
    }
    return input;
  }

  private static PageRequest page(int offset, int limit) {
    return new PageRequest(
        inRange("offset", offset, 0, Integer.MAX_VALUE),
        inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
  }

  private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, "is not one of the documented values");
    }
  }
}
