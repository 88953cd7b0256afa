package org.learningcommons.announcement;

import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.discussion.Attachment;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.discussion.AttachmentView;
import org.learningcommons.discussion.FileContent;
import org.learningcommons.discussion.StoredFiles;
import org.learningcommons.people.Role;

/**
 * Files attached to announcements. They live in the attachment table without a community; a
 * publisher uploads them before publishing and the announcement links them when it is published
 * ({@link Announcements#publish}). A file is served to its uploader, to the people an announcement
 * that links it is showing for, and to that announcement's publisher, HR and administrators; to
 * everybody else it does not exist.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class AnnouncementAttachments {

  /** At most this many files per announcement. */
  public static final int MAX_PER_ANNOUNCEMENT = 10;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;
  @EJB Announcements announcements;
  @Inject AttachmentSettings settings;

  /**
   * Stores a file for an announcement the caller is about to publish; only people who may publish
   * upload. Type and size are checked here, whatever the form allowed.
   */
  public AttachmentView upload(
      @NotNull @Size(min = 1, max = 255, message = "The file needs a name.") String fileName,
      @NotNull byte[] content) {
    if (!announcements.mayPublish()) {
      throw new NotPermittedException(
          "refusal.announcementAttachmentUpload",
          "Only people who may publish announcements upload files for them.");
    }
    Attachment attachment =
        StoredFiles.checked(null, caller(), fileName, content, settings.maxBytes());
    em.persist(attachment);
    em.flush();
    return view(attachment);
  }

  /** The file's content, for the people described above; not found for everybody else. */
  public FileContent download(long attachmentId) {
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null || attachment.getCommunityId() != null) {
      throw new NotFoundException("file", attachmentId);
    }
    if (!attachment.getUploadedBy().equals(caller())) {
      Query query =
          em.createNativeQuery(
              AudienceSql.CHAIN
                  + "select 1 from announcement_attachment aa join announcement a"
                  + " on a.id = aa.announcement_id where aa.attachment_id = ?3 and "
                  + visible()
                  + " limit 1");
      if (bind(query).setParameter(3, attachmentId).getResultList().isEmpty()) {
        throw new NotFoundException("file", attachmentId);
      }
    }
    return StoredFiles.content(attachment);
  }

  /**
   * The files of the announcement, by name, without their content: for the people it is showing
   * for, its publisher, HR and administrators; not found for everybody else.
   */
  public List<AttachmentView> of(long announcementId) {
    Query visible =
        em.createNativeQuery(
            AudienceSql.CHAIN + "select 1 from announcement a where a.id = ?3 and " + visible());
    if (bind(visible).setParameter(3, announcementId).getResultList().isEmpty()) {
      throw new NotFoundException("announcement", announcementId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select t.id, t.file_name, t.content_type, t.size_bytes"
                    + " from announcement_attachment aa join attachment t on t.id = aa.attachment_id"
                    + " where aa.announcement_id = ?1 order by lower(t.file_name), t.id")
            .setParameter(1, announcementId)
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              String type = string(r[2]);
              return new AttachmentView(
                  longValue(r[0]), string(r[1]), type, longValue(r[3]), type.startsWith("image/"));
            })
        .toList();
  }

  /**
   * Announcement {@code a} is the caller's to see: they publish it, they speak for the
   * organisation, or it is showing for them. Binds ?1 and ?2 (see {@link #bind}).
   */
  private String visible() {
    if (PublisherAccess.seesAll(context)) {
      return "true";
    }
    return "(a.created_by = ?1 or ("
        + AudienceSql.SHOWING
        + " and "
        + AudienceSql.addressedTo(callerRoles())
        + "))";
  }

  private Query bind(Query query) {
    return query.setParameter(1, caller()).setParameter(2, timestamp(Instant.now()));
  }

  private static AttachmentView view(Attachment a) {
    return new AttachmentView(
        a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.isImage());
  }

  private Set<Role> callerRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (context.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
