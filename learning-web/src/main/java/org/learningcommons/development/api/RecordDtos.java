package org.learningcommons.development.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.learningcommons.development.CpdYear;
import org.learningcommons.development.Views.CompletedCourseView;
import org.learningcommons.development.Views.EvidenceView;
import org.learningcommons.development.Views.ExternalLearningView;
import org.learningcommons.development.Views.GoalCommentView;
import org.learningcommons.development.Views.GoalView;
import org.learningcommons.development.Views.InProgressView;
import org.learningcommons.development.Views.MandatoryView;
import org.learningcommons.development.Views.PersonView;
import org.learningcommons.development.Views.RecordView;
import org.learningcommons.development.Views.TeamMemberView;

/** What the development API answers: DTO records made from the use cases' views. */
public final class RecordDtos {

  private RecordDtos() {}

  public record PersonDto(String username, String displayName, String department, String title) {
    static PersonDto of(PersonView p) {
      return new PersonDto(p.username(), p.displayName(), p.department(), p.title());
    }
  }

  /** A calendar year's CPD hours: courses plus external learning that was not declined. */
  public record CpdDto(
      int year,
      int targetHours,
      BigDecimal totalHours,
      BigDecimal courseHours,
      BigDecimal externalVerifiedHours,
      BigDecimal externalUnverifiedHours,
      int percentOfTarget,
      boolean targetReached) {
    static CpdDto of(CpdYear c) {
      return new CpdDto(
          c.year(),
          c.targetHours(),
          c.totalHours(),
          c.courseHours(),
          c.externalVerifiedHours(),
          c.externalUnverifiedHours(),
          c.percentOfTarget(),
          c.targetReached());
    }
  }

  public record MandatoryDto(
      long courseId,
      String courseTitle,
      String origin,
      Instant dueAt,
      String status,
      Long completionId,
      Instant completedAt,
      Instant validUntil) {
    static MandatoryDto of(MandatoryView m) {
      return new MandatoryDto(
          m.courseId(),
          m.courseTitle(),
          m.origin(),
          m.dueAt(),
          m.status().name(),
          m.completionId(),
          m.completedAt(),
          m.validUntil());
    }
  }

  public record InProgressDto(
      long enrolmentId,
      long courseId,
      String courseTitle,
      Instant enrolledAt,
      Instant dueAt,
      Instant startedAt,
      int requiredItems,
      int doneItems,
      int percent) {
    static InProgressDto of(InProgressView p) {
      return new InProgressDto(
          p.enrolmentId(),
          p.courseId(),
          p.courseTitle(),
          p.enrolledAt(),
          p.dueAt(),
          p.startedAt(),
          p.requiredItems(),
          p.doneItems(),
          p.percent());
    }
  }

  /** A completed course; certificate is the page, certificatePdf the API's PDF. */
  public record CompletedDto(
      long completionId,
      long courseId,
      String courseTitle,
      Instant completedAt,
      int minutes,
      BigDecimal hours,
      Instant validUntil,
      boolean expired,
      String source,
      String certificate,
      String certificatePdf) {
    static CompletedDto of(CompletedCourseView c) {
      return new CompletedDto(
          c.completionId(),
          c.courseId(),
          c.courseTitle(),
          c.completedAt(),
          c.minutes(),
          c.hours(),
          c.validUntil(),
          c.expired(),
          c.source(),
          c.certificateLink(),
          c.certificatePdf());
    }
  }

  public record EvidenceDto(
      long id, String fileName, String contentType, long sizeBytes, String download) {}

  public record ExternalLearningDto(
      long id,
      String username,
      String title,
      String provider,
      LocalDate completedOn,
      int minutes,
      BigDecimal hours,
      String verification,
      Instant verificationRequestedAt,
      String reviewedBy,
      String reviewedByName,
      Instant reviewedAt,
      String reviewComment,
      EvidenceDto evidence,
      boolean editable) {
    static ExternalLearningDto of(ExternalLearningView x) {
      EvidenceView e = x.evidence();
      return new ExternalLearningDto(
          x.id(),
          x.username(),
          x.title(),
          x.provider(),
          x.completedOn(),
          x.minutes(),
          x.hours(),
          x.verification().name(),
          x.verificationRequestedAt(),
          x.reviewedBy(),
          x.reviewedByName(),
          x.reviewedAt(),
          x.reviewComment(),
          e == null
              ? null
              : new EvidenceDto(
                  e.id(),
                  e.fileName(),
                  e.contentType(),
                  e.sizeBytes(),
                  "/api/v1/external-learning/" + x.id() + "/evidence"),
          x.editable());
    }
  }

  public record GoalCommentDto(
      long id, String author, String authorName, String body, Instant createdAt) {
    static GoalCommentDto of(GoalCommentView c) {
      return new GoalCommentDto(c.id(), c.author(), c.authorName(), c.body(), c.createdAt());
    }
  }

  public record GoalDto(
      long id,
      String username,
      String title,
      String description,
      LocalDate targetDate,
      String status,
      boolean overdue,
      Instant createdAt,
      Instant updatedAt,
      List<GoalCommentDto> comments) {
    static GoalDto of(GoalView g) {
      return new GoalDto(
          g.id(),
          g.username(),
          g.title(),
          g.description(),
          g.targetDate(),
          g.status().name(),
          g.overdue(),
          g.createdAt(),
          g.updatedAt(),
          g.comments().stream().map(GoalCommentDto::of).toList());
    }
  }

  /** A person's record: the paged sections hold the page asked for. */
  public record RecordDto(
      PersonDto person,
      CpdDto cpd,
      List<MandatoryDto> mandatory,
      List<InProgressDto> inProgress,
      PageDto<CompletedDto> completed,
      PageDto<ExternalLearningDto> externalLearning,
      PageDto<GoalDto> goals,
      boolean mine,
      boolean mayReview,
      String pdf) {
    static RecordDto of(RecordView r, int completedLimit, int externalLimit, int goalsLimit) {
      return new RecordDto(
          PersonDto.of(r.person()),
          CpdDto.of(r.cpd()),
          r.mandatory().stream().map(MandatoryDto::of).toList(),
          r.inProgress().stream().map(InProgressDto::of).toList(),
          PageDto.of(r.completed(), completedLimit, CompletedDto::of),
          PageDto.of(r.externalLearning(), externalLimit, ExternalLearningDto::of),
          PageDto.of(r.goals(), goalsLimit, GoalDto::of),
          r.mine(),
          r.mayReview(),
          "/api/v1/people/" + r.person().username() + "/record.pdf");
    }
  }

  public record TeamMemberDto(
      String username,
      String displayName,
      String department,
      String title,
      BigDecimal cpdHoursThisYear,
      int awaitingVerification,
      String record) {
    static TeamMemberDto of(TeamMemberView t) {
      return new TeamMemberDto(
          t.username(),
          t.displayName(),
          t.department(),
          t.title(),
          t.cpdHours(),
          t.awaitingVerification(),
          "/api/v1/people/" + t.username() + "/record");
    }
  }
}
