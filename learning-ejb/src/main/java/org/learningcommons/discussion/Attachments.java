package org.learningcommons.discussion;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.learningcommons.announcement.AnnouncementAttachments;
import org.learningcommons.community.CommunityGate;
import org.learningcommons.community.Guarded;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.people.Role;

/** Uploading files to a community and serving them to the people who may read it. */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class Attachments {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject CommunityGate gate;
  @Inject AttachmentSettings settings;
  @EJB AnnouncementAttachments announcementFiles;

  /**
   * Stores a file for a post the caller is writing in a community; the post links it when it is
   * saved. Type and size are checked here, whatever the form allowed.
   */
  public AttachmentView upload(
      long communityId,
      @NotNull @Size(min = 1, max = 255, message = "The file needs a name.") String fileName,
      @NotNull byte[] content) {
    gate.community(communityId).requirePost();
    return store(communityId, fileName, content);
  }

  private AttachmentView store(long communityId, String fileName, byte[] content) {
    Attachment attachment =
        StoredFiles.checked(communityId, gate.caller(), fileName, content, settings.maxBytes());
    em.persist(attachment);
    em.flush();
    return AttachmentView.of(attachment);
  }

  /**
   * A file's content: for people who may read its community (and, before its post is saved, for the
   * uploader only). Files of hidden or deleted posts are not served.
   */
  public FileContent download(long attachmentId) {
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null) {
      throw new NotFoundException("file", attachmentId);
    }
    if (attachment.getCommunityId() == null) {
      // A file of an announcement: served by the rules of announcements.
      return announcementFiles.download(attachmentId);
    }
    Guarded guarded = gate.community(attachment.getCommunityId());
    if (attachment.getId().equals(guarded.community().getImageId())) {
      // The community's picture: shown to everybody who can see the community.
      return StoredFiles.content(attachment);
    }
    if (!guarded.access().canRead()) {
      throw new NotFoundException("file", attachmentId);
    }
    if (attachment.getPostId() == null) {
      if (!attachment.getUploadedBy().equals(gate.caller())) {
        throw new NotFoundException("file", attachmentId);
      }
    } else {
      Post post = em.find(Post.class, attachment.getPostId());
      DiscussionThread thread = em.find(DiscussionThread.class, post.getThreadId());
      boolean moderator = guarded.access().canModerate();
      if (post.getStatus() == PostStatus.DELETED
          || (!post.isVisible() && !moderator)
          || (thread.isHidden() && !moderator)) {
        throw new NotFoundException("file", attachmentId);
      }
    }
    return StoredFiles.content(attachment);
  }

  /** Uploads a picture for the community and shows it (owner or administrator). */
  public AttachmentView changeCommunityImage(
      long communityId,
      @NotNull @Size(min = 1, max = 255, message = "The file needs a name.") String fileName,
      @NotNull byte[] content) {
    Guarded guarded = gate.community(communityId).requireManage();
    AttachmentView image = store(communityId, fileName, content);
    if (!image.image()) {
      throw new RejectedInputException(
          "file", "refusal.chooseImage", "Choose an image (PNG, JPEG, GIF or WebP).");
    }
    guarded.community().showImage(image.id());
    return image;
  }
}
