package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.learning.CourseReading;
import org.learningcommons.learning.CourseReviews;
import org.learningcommons.learning.CourseViews.CourseView;
import org.learningcommons.learning.CourseViews.ReviewView;
import org.learningcommons.learning.LearnerProgress;

/**
 * A course: description, modules and items with done ticks, the caller's progress, enrolment,
 * reviews and the link to the course's community. The EJBs decide; buttons only show what the
 * caller may do.
 */
@Named
@ViewScoped
public class CoursePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CourseReading reading;
  @EJB LearnerProgress progress;
  @EJB CourseReviews reviews;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private String id;
  private CourseView course;
  private PagedDataModel<ReviewView> reviewList;
  private boolean reviewed;
  private Integer rating;
  private String reviewText;

  public void load() {
    course = refusals.found(id, reading::course);
    if (course == null) {
      return;
    }
    long courseId = course.id();
    reviewList =
        new PagedDataModel<>(
            () ->
                reviews.reviews(courseId, new org.learningcommons.shared.PageRequest(0, 1)).total(),
            page -> reviews.reviews(courseId, page).items());
    if (course.progress() != null) {
      ReviewView mine = reviews.mine(courseId);
      reviewed = mine != null;
      if (mine != null) {
        rating = mine.rating();
        reviewText = mine.text();
      }
    }
  }

  public String enrol() {
    if (refusals.attempt(() -> progress.enrol(course.id()))) {
      messages.info("course.enrolled");
      messages.keepForRedirect();
      return self();
    }
    return null;
  }

  public String leave() {
    if (refusals.attempt(() -> progress.leave(course.id()))) {
      messages.info("course.left");
      messages.keepForRedirect();
      return self();
    }
    return null;
  }

  public void saveReview() {
    if (refusals.attempt(
        () -> reviews.review(course.id(), rating == null ? 0 : rating, reviewText),
        java.util.Map.of("rating", "reviewForm:rating", "text", "reviewForm:text"))) {
      messages.info("course.reviewSaved");
      course = reading.course(course.id());
      reviewed = true;
    }
  }

  private String self() {
    return "/learning/course?faces-redirect=true&id=" + course.id();
  }

  /** The caller's progress as the bar shows it. */
  public String getProgressText() {
    return (course == null || course.progress() == null ? 0 : course.progress().percentDone())
        + "%";
  }

  public boolean isActive() {
    return course != null
        && course.progress() != null
        && course.progress().status() == org.learningcommons.learning.EnrolmentStatus.ACTIVE;
  }

  /** The owner, HR and administrators open the lessons without an enrolment. */
  public boolean isMayOpen() {
    return course != null
        && (course.mayManage()
            || (course.progress() != null
                && course.progress().status()
                    != org.learningcommons.learning.EnrolmentStatus.WITHDRAWN));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CourseView getCourse() {
    return course;
  }

  public PagedDataModel<ReviewView> getReviewList() {
    return reviewList;
  }

  public boolean isReviewed() {
    return reviewed;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getReviewText() {
    return reviewText;
  }

  public void setReviewText(String reviewText) {
    this.reviewText = reviewText;
  }
}
