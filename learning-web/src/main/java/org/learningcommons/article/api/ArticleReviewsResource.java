package org.learningcommons.article.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.article.ArticleReviews;
import org.learningcommons.article.api.ArticleInputs.ReviewRunDto;

/** For administrators and operations scripts: tell the owners of due articles now. */
@Path("admin/article-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticleReviewsResource {

  @EJB ArticleReviews reviews;

  @POST
  @Operation(
      summary = "Notify the owners of articles past their review-by date now (ADMIN)",
      description =
          "What the periodic job does: each owner hears once per verification. Returns how many"
              + " articles were notified.")
  public ReviewRunDto runNow() {
    return new ReviewRunDto(reviews.runNow());
  }
}
