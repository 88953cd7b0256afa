package org.learningcommons.discussion.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.discussion.Attachments;
import org.learningcommons.discussion.Discussions;
import org.learningcommons.discussion.NewPost;
import org.learningcommons.discussion.PostView;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.people.ProfileService;
import org.learningcommons.people.StaffSearch;
import org.learningcommons.people.StaffSummary;
import org.learningcommons.shared.PageRequest;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The reply form at the bottom of a thread page, for a reply to the thread or to one reply. The
 * mention field looks colleagues up and puts {@code @username} into the editor; the server finds
 * mentions in the text, so typing them works just as well.
 */
@Named
@ViewScoped
public class ReplyForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 8;

  @EJB Discussions discussions;
  @EJB Attachments attachments;
  @EJB ProfileService profiles;
  @Inject AttachmentSettings settings;
  @Inject ThreadPage page;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private final String requestId = UUID.randomUUID().toString();
  private final DraftFiles files = new DraftFiles();
  private String body;
  private Long inReplyTo;
  private String inReplyToName;
  private String mention;

  public void replyTo(PostView post) {
    inReplyTo = post.id();
    inReplyToName = post.authorName();
  }

  public void replyToThread() {
    inReplyTo = null;
    inReplyToName = null;
  }

  public List<StaffSummary> completeMention(String query) {
    return profiles.listStaff(new StaffSearch(query, null, null), new PageRequest(0, SUGGESTIONS));
  }

  /** Hands the chosen user name to the page's script, which inserts it into the editor. */
  public void mentionChosen(SelectEvent<String> event) {
    PrimeFaces.current().ajax().addCallbackParam("mention", event.getObject());
    mention = null;
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    long communityId = page.getThread().communityId();
    refusals.attempt(
        () -> files.add(attachments.upload(communityId, file.getFileName(), file.getContent())),
        Map.of("file", "replyForm:files"));
  }

  public void removeFile(long id) {
    files.remove(id);
  }

  /** Posts the reply and shows it (post-redirect-get: reloading cannot post again). */
  public String post() {
    long threadId = page.getThread().id();
    NewPost draft = new NewPost(null, null, body, files.ids(), requestId);
    long[] reply = new long[1];
    if (!refusals.attempt(
        () -> reply[0] = discussions.reply(threadId, inReplyTo, draft),
        Map.of("body", "replyForm:body", "attachments", "replyForm:files"))) {
      return null;
    }
    messages.info("thread.replied");
    messages.keepForRedirect();
    return "/communities/thread?faces-redirect=true&id=" + threadId + "&post=" + reply[0];
  }

  public long getMaxBytes() {
    return settings.maxBytes();
  }

  public DraftFiles getFiles() {
    return files;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getInReplyTo() {
    return inReplyTo;
  }

  public String getInReplyToName() {
    return inReplyToName;
  }

  public String getMention() {
    return mention;
  }

  public void setMention(String mention) {
    this.mention = mention;
  }
}
