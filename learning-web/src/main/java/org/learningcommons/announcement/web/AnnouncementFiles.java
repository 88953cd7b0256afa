package org.learningcommons.announcement.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.learningcommons.announcement.AnnouncementAttachments;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.discussion.web.DraftFiles;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The files of the announcement being written on the publish form. Each upload is stored at once;
 * {@link AnnouncementForm} hands their ids to the use case, which links them when it publishes.
 */
@Named
@ViewScoped
public class AnnouncementFiles implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AnnouncementAttachments attachments;
  @Inject AttachmentSettings settings;
  @Inject Refusals refusals;

  private final DraftFiles files = new DraftFiles();

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    refusals.attempt(
        () -> files.add(attachments.upload(file.getFileName(), file.getContent())),
        Map.of("file", "announcementForm:files"));
  }

  public void removeFile(long id) {
    files.remove(id);
  }

  public long getMaxBytes() {
    return settings.maxBytes();
  }

  public int getMaxFiles() {
    return AnnouncementAttachments.MAX_PER_ANNOUNCEMENT;
  }

  public DraftFiles getFiles() {
    return files;
  }

  List<Long> ids() {
    return files.ids();
  }
}
