package org.learningcommons.article.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.atMost;
import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.article.ArticleEditing;
import org.learningcommons.article.ArticleFeedback;
import org.learningcommons.article.ArticleReading;
import org.learningcommons.article.ArticleSearch;
import org.learningcommons.article.ArticleStatus;
import org.learningcommons.article.ArticleSummary;
import org.learningcommons.article.CommentView;
import org.learningcommons.article.FlagView;
import org.learningcommons.article.HelpfulView;
import org.learningcommons.article.VersionDiff;
import org.learningcommons.article.VersionView;
import org.learningcommons.article.api.ArticleInputs.ArticleInput;
import org.learningcommons.article.api.ArticleInputs.CommentInput;
import org.learningcommons.article.api.ArticleInputs.CreatedDto;
import org.learningcommons.article.api.ArticleInputs.FlagInput;
import org.learningcommons.article.api.ArticleInputs.OwnerInput;
import org.learningcommons.article.api.ArticleInputs.ReturnInput;
import org.learningcommons.article.api.ArticleInputs.ReviewByInput;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.shared.PageRequest;

/**
 * Knowledge articles. Lists show published articles (or, with {@code mine}, the caller's own); an
 * unpublished article is 404 for anybody but its author, its owner and editors (HR, ADMIN).
 */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB ArticleReading reading;
  @EJB ArticleEditing editing;
  @EJB ArticleFeedback feedback;

  @GET
  @Operation(
      summary = "Search articles",
      description =
          "Published articles, newest first, whose title or text has words beginning with every"
              + " word of q, in a category and with a tag. With mine=true the caller's own"
              + " (written or owned) in every status, or in status (DRAFT, IN_REVIEW, PUBLISHED).")
  public PageDto<ArticleSummary> search(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("tag") String tag,
      @QueryParam("mine") @DefaultValue("false") boolean mine,
      @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page = page(offset, limit);
    ArticleSearch search =
        new ArticleSearch(
            atMost("q", q, 200),
            atMost("category", category, 200),
            atMost("tag", tag, 200),
            mine,
            status(status));
    return PageDto.of(reading.search(search, page), reading.count(search), offset, limit);
  }

  @GET
  @Path("review-queue")
  @Operation(
      summary = "The editors' queue (HR, ADMIN)",
      description = "Articles submitted for review, longest waiting first. 403 for others.")
  public PageDto<ArticleSummary> reviewQueue(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page = page(offset, limit);
    return PageDto.of(reading.reviewQueue(page), reading.countReviewQueue(), offset, limit);
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "Read an article",
      description =
          "404 alike for an unknown article and an unpublished one the caller may not see.")
  public ArticleDto article(@PathParam("id") long id) {
    return ArticleDto.of(reading.article(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a draft",
      description =
          "Any member of staff; the caller becomes author and owner. The body is sanitised HTML."
              + " 201 with the Location.")
  public Response create(ArticleInput input, @Context UriInfo uri) {
    if (input == null) {
      throw new BadRequestException();
    }
    long id = editing.create(input.checkedDraft());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(ArticleDto.of(reading.article(id)))
        .build();
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Edit a draft, or revise a published article",
      description =
          "Its author and owner only (403). On a published article the title and body become a"
              + " revision that readers see only once an editor approves it (submit it like a"
              + " draft); category and tags change at once. 409 while it is in review.")
  public ArticleDto update(@PathParam("id") long id, ArticleInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    editing.update(id, input.checkedDraft());
    return ArticleDto.of(reading.article(id));
  }

  @POST
  @Path("{id: [0-9]+}/submission")
  @Operation(
      summary = "Submit a draft or a revision for review",
      description =
          "Its author and owner only (403); 409 when there is nothing to submit. The text is kept"
              + " as the next version and the editors are notified.")
  public ArticleDto submit(@PathParam("id") long id) {
    editing.submit(id);
    return ArticleDto.of(reading.article(id));
  }

  @POST
  @Path("{id: [0-9]+}/approval")
  @Operation(
      summary = "Approve and publish (HR, ADMIN)",
      description =
          "Optional body {\"reviewBy\": instant}; without it the configured period from now."
              + " 403 for the author, who never approves their own article, and for non-editors;"
              + " 409 unless it is in review. The author is notified.")
  public ArticleDto approve(@PathParam("id") long id, String body) {
    editing.approve(id, reviewBy(body));
    return ArticleDto.of(reading.article(id));
  }

  @POST
  @Path("{id: [0-9]+}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Return to the author with a comment (HR, ADMIN)",
      description = "Back to draft; 409 unless it is in review. The author is notified.")
  public ArticleDto returnToAuthor(@PathParam("id") long id, ReturnInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    editing.returnToAuthor(id, input.checked());
    return ArticleDto.of(reading.article(id));
  }

  @POST
  @Path("{id: [0-9]+}/verification")
  @Operation(
      summary = "Verify a published article again (owner or editor)",
      description =
          "Optional body {\"reviewBy\": instant}; without it the configured period from now."
              + " Resolves the open out-of-date flags.")
  public ArticleDto reverify(@PathParam("id") long id, String body) {
    editing.reverify(id, reviewBy(body));
    return ArticleDto.of(reading.article(id));
  }

  @PUT
  @Path("{id: [0-9]+}/owner")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Hand the article to another owner (owner or editor)",
      description = "The new owner must be an active member of staff (400 otherwise).")
  public ArticleDto handOver(@PathParam("id") long id, OwnerInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    editing.handOver(id, input.checked());
    return ArticleDto.of(reading.article(id));
  }

  @POST
  @Path("{id: [0-9]+}/helpful")
  @Operation(
      summary = "Mark a published article helpful",
      description = "A person counts once: a second mark changes nothing (counted false).")
  public HelpfulView helpful(@PathParam("id") long id) {
    return feedback.markHelpful(id);
  }

  @POST
  @Path("{id: [0-9]+}/flags")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Flag a published article as out of date",
      description = "Body {\"reason\": text}. 201; the owner is notified.")
  public Response flag(@PathParam("id") long id, FlagInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    return Response.status(Response.Status.CREATED)
        .entity(new CreatedDto(feedback.flag(id, input.checked())))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}/flags")
  @Operation(
      summary = "Open out-of-date flags (owner or editor)",
      description = "Oldest first; resolved when the owner verifies the article again.")
  public PageDto<FlagView> flags(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page = page(offset, limit);
    var items = feedback.openFlags(id, page);
    return PageDto.of(items, reading.article(id).openFlags(), offset, limit);
  }

  @GET
  @Path("{id: [0-9]+}/comments")
  @Operation(summary = "Comments on an article", description = "Oldest first, newest last.")
  public PageDto<CommentView> comments(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page = page(offset, limit);
    return PageDto.of(feedback.comments(id, page), feedback.countComments(id), offset, limit);
  }

  @POST
  @Path("{id: [0-9]+}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Comment on a published article",
      description = "Body {\"body\": html}, sanitised. 201; 409 unless published. The owner hears.")
  public Response comment(@PathParam("id") long id, CommentInput input) {
    if (input == null) {
      throw new BadRequestException();
    }
    return Response.status(Response.Status.CREATED)
        .entity(new CreatedDto(feedback.comment(id, input.checked())))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}/versions")
  @Operation(
      summary = "Kept versions of an article",
      description = "One per submission for review, newest first.")
  public PageDto<VersionView> versions(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page = page(offset, limit);
    return PageDto.of(reading.versions(id, page), reading.countVersions(id), offset, limit);
  }

  @GET
  @Path("{id: [0-9]+}/versions/{number: [0-9]+}/diff")
  @Operation(
      summary = "A version compared with the one before",
      description =
          "Lines of HTML-escaped text with <ins> and <del> marks around what changed; version 1"
              + " is all inserted.")
  public VersionDiff diff(@PathParam("id") long id, @PathParam("number") int number) {
    return reading.diff(id, number);
  }

  private static Instant reviewBy(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    ReviewByInput input = JSON.fromJson(body, ReviewByInput.class);
    return input == null ? null : input.reviewBy();
  }

  private static PageRequest page(int offset, int limit) {
    return new PageRequest(
        inRange("offset", offset, 0, Integer.MAX_VALUE),
        inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
  }

  private static ArticleStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ArticleStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("status", "must be one of DRAFT, IN_REVIEW, PUBLISHED");
    }
  }
}
