package org.learningcommons.development;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.development.Views.ExternalLearningView;
import org.learningcommons.discussion.Attachment;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.discussion.FileContent;
import org.learningcommons.discussion.StoredFiles;
import org.learningcommons.learning.LearningGate;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;

/**
 * External learning a person adds to their record: they add, change and delete their entries (until
 * one is verified), attach an evidence file and ask their direct manager to verify; a manager above
 * them or HR verifies or declines. Whoever may read the record reads the entries and downloads the
 * evidence; for everybody else they do not exist.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ExternalLearningEntries {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @EJB NotificationCentre notifications;
  @EJB DevelopmentRecord record;
  @Inject AttachmentSettings attachmentSettings;
  @Inject AuditTrail audit;

  /** Adds an entry to the caller's record; asks their manager to verify it if wanted. */
  public ExternalLearningView add(@NotNull ExternalLearningDetails details, boolean verify) {
    Instant now = Instant.now();
    ExternalLearning entry;
    try {
      entry = new ExternalLearning(gate.caller(), details, RecordQueries.today(), now);
    } catch (IllegalArgumentException e) {
      throw Refused.input(e);
    }
    em.persist(entry);
    em.flush();
    if (verify) {
      askManager(entry, now);
    }
    return view(entry.getId());
  }

  /** One entry, for those who may read its owner's record. */
  public ExternalLearningView entry(long id) {
    ExternalLearningView view = new RecordQueries(em).externalEntry(id);
    if (view == null || !gate.maySeeLearningOf(view.username())) {
      throw new NotFoundException("external learning", id);
    }
    return view;
  }

  /** Changes the caller's unverified entry; a pending request for verification lapses. */
  public ExternalLearningView revise(long id, @NotNull ExternalLearningDetails details) {
    ExternalLearning entry = own(id);
    try {
      entry.revise(details, RecordQueries.today(), Instant.now());
    } catch (IllegalArgumentException e) {
      throw Refused.input(e);
    }
    em.flush();
    return view(id);
  }

  /** Deletes the caller's unverified entry with its evidence. */
  public void delete(long id) {
    ExternalLearning entry = own(id);
    Long evidence = entry.getEvidenceId();
    em.remove(entry);
    em.flush();
    if (evidence != null) {
      removeFile(evidence);
    }
  }

  /**
   * Attaches the evidence file to the caller's unverified entry, replacing an earlier one. Type and
   * size are checked as for every upload (SVG, HTML and unknown types are refused).
   */
  public ExternalLearningView attachEvidence(
      long id,
      @NotNull @Size(min = 1, max = 255, message = "The file needs a name.") String fileName,
      @NotNull byte[] content) {
    ExternalLearning entry = own(id);
    Attachment file =
        StoredFiles.checked(null, gate.caller(), fileName, content, attachmentSettings.maxBytes());
    em.persist(file);
    em.flush();
    Long previous = entry.attachEvidence(file.getId(), Instant.now());
    em.flush();
    if (previous != null) {
      removeFile(previous);
    }
    return view(id);
  }

  /** The evidence file, for those who may read the record; not found otherwise or without one. */
  public FileContent evidence(long id) {
    ExternalLearning entry = em.find(ExternalLearning.class, id);
    if (entry == null
        || entry.getEvidenceId() == null
        || !gate.maySeeLearningOf(entry.getUsername())) {
      throw new NotFoundException("evidence", id);
    }
    Attachment file = em.find(Attachment.class, entry.getEvidenceId());
    if (file == null) {
      throw new NotFoundException("evidence", id);
    }
    return StoredFiles.content(file);
  }

  /** Asks the caller's direct manager to verify their entry (again, after a decline). */
  public ExternalLearningView requestVerification(long id) {
    ExternalLearning entry = own(id);
    askManager(entry, Instant.now());
    return view(id);
  }

  /**
   * A manager above the owner, or HR, verifies the entry or declines it (with a comment saying
   * why). The owner is told; audited.
   */
  public ExternalLearningView review(
      long id, boolean verified, @Size(max = ExternalLearning.MAX_COMMENT) String comment) {
    ExternalLearning entry = em.find(ExternalLearning.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null || !gate.maySeeLearningOf(entry.getUsername())) {
      throw new NotFoundException("external learning", id);
    }
    if (!record.mayReview(entry.getUsername())) {
      throw new NotPermittedException(
          "refusal.development.notReviewer",
          "Only a manager above the person, HR or an administrator verifies their learning.");
    }
    if (entry.getVerification() != VerificationStatus.REQUESTED) {
      throw new RejectedInputException(
          "verification",
          "refusal.development.notRequested",
          "Nobody asked to verify this entry (or it was reviewed already).");
    }
    Instant now = Instant.now();
    String me = gate.caller();
    try {
      if (verified) {
        entry.verify(me, comment, now);
      } else {
        entry.decline(me, comment, now);
      }
    } catch (IllegalArgumentException e) {
      throw Refused.input(e);
    }
    em.flush();
    audit.record(
        new AuditEvent(
            now,
            me,
            AuditAction.EXTERNAL_LEARNING_VERIFIED,
            "external learning " + id + " of " + entry.getUsername(),
            null,
            (verified ? "verified" : "declined")
                + (entry.getReviewComment() == null ? "" : ": " + entry.getReviewComment())));
    notifications.send(
        new Notice(
            NotificationKind.EXTERNAL_LEARNING_VERIFIED,
            me,
            List.of(entry.getUsername()),
            entry.getTitle(),
            "/development/record.xhtml#external-" + id));
    return view(id);
  }

  private void askManager(ExternalLearning entry, Instant now) {
    PersonManager manager = managerOf(entry.getUsername());
    if (manager == null) {
      throw new RejectedInputException(
          "verify",
          "refusal.development.noManager",
          "The directory names no manager for you, so nobody can be asked to verify.");
    }
    try {
      entry.requestVerification(now);
    } catch (IllegalStateException e) {
      throw verifiedAlready();
    }
    em.flush();
    notifications.send(
        new Notice(
            NotificationKind.EXTERNAL_LEARNING_TO_VERIFY,
            entry.getUsername(),
            List.of(manager.username()),
            entry.getTitle(),
            "/development/record.xhtml?user="
                + entry.getUsername()
                + "#external-"
                + entry.getId()));
  }

  private record PersonManager(String username) {}

  private PersonManager managerOf(String username) {
    List<String> found =
        em.createQuery(
                "select s.managerUsername from StaffMember s where s.username = :name",
                String.class)
            .setParameter("name", username)
            .getResultList();
    return found.isEmpty() || found.get(0) == null ? null : new PersonManager(found.get(0));
  }

  /** The caller's own entry, locked, while it may still change. */
  private ExternalLearning own(long id) {
    ExternalLearning entry = em.find(ExternalLearning.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null || !gate.maySeeLearningOf(entry.getUsername())) {
      throw new NotFoundException("external learning", id);
    }
    if (!entry.getUsername().equals(gate.caller())) {
      throw new NotPermittedException(
          "refusal.development.notOwner", "Only the person whose record it is changes this.");
    }
    if (!entry.isEditable()) {
      throw verifiedAlready();
    }
    return entry;
  }

  private static NotPermittedException verifiedAlready() {
    return new NotPermittedException(
        "refusal.development.verified", "A verified entry no longer changes.");
  }

  private void removeFile(long attachmentId) {
    Attachment file = em.find(Attachment.class, attachmentId);
    if (file != null) {
      em.remove(file);
    }
  }

  private ExternalLearningView view(long id) {
    return new RecordQueries(em).externalEntry(id);
  }
}
