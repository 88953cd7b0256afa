package org.learningcommons.discussion.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningcommons.community.web.CommunityPage;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.discussion.Attachments;
import org.learningcommons.discussion.Discussions;
import org.learningcommons.discussion.NewPost;
import org.learningcommons.discussion.ThreadKind;
import org.learningcommons.infrastructure.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The "new thread" form on a community's page. Its request id is chosen once per rendered form, so
 * a submit that arrives twice (a double click, a retry after a timeout) starts one thread.
 */
@Named
@ViewScoped
public class NewThreadForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "threadForm:";

  @EJB Discussions discussions;
  @EJB Attachments attachments;
  @Inject AttachmentSettings settings;
  @Inject CommunityPage page;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private final String requestId = UUID.randomUUID().toString();
  private final DraftFiles files = new DraftFiles();
  private String title;
  private ThreadKind kind = ThreadKind.DISCUSSION;
  private String body;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    long communityId = page.getCommunity().id();
    refusals.attempt(
        () -> files.add(attachments.upload(communityId, file.getFileName(), file.getContent())),
        Map.of("file", FORM + "files"));
  }

  public void removeFile(long id) {
    files.remove(id);
  }

  /** Starts the thread and opens it (post-redirect-get: reloading cannot post again). */
  public String post() {
    long communityId = page.getCommunity().id();
    NewPost draft = new NewPost(title, kind, body, files.ids(), requestId);
    long[] thread = new long[1];
    boolean done =
        refusals.attempt(
            () -> thread[0] = discussions.startThread(communityId, draft),
            Map.of(
                "title", FORM + "title",
                "body", FORM + "body",
                "attachments", FORM + "files",
                "attachmentIds", FORM + "files"));
    if (!done) {
      return null;
    }
    messages.info("thread.started");
    messages.keepForRedirect();
    return "/communities/thread?faces-redirect=true&id=" + thread[0];
  }

  public List<ThreadKind> getKinds() {
    return List.of(ThreadKind.values());
  }

  public long getMaxBytes() {
    return settings.maxBytes();
  }

  public DraftFiles getFiles() {
    return files;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public ThreadKind getKind() {
    return kind;
  }

  public void setKind(ThreadKind kind) {
    this.kind = kind;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
