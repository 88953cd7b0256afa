package org.learningcommons.learning;

import static org.learningcommons.shared.Checks.requireText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered part of a course that holds lessons and quizzes in order. */
@Entity
@Table(name = "course_module")
public class CourseModule {

  public static final int MAX_TITLE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  protected CourseModule() {}

  public CourseModule(Course course, int position, String title) {
    this.courseId = course.getId();
    this.position = position;
    rename(title);
  }

  public void rename(String title) {
    this.title = requireText(title, "module title", MAX_TITLE);
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public long getCourseId() {
    return courseId;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }
}
