package org.learningcommons.discussion.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.discussion.Discussions;
import org.learningcommons.discussion.ThreadReading;
import org.learningcommons.discussion.ThreadView;
import org.learningcommons.infrastructure.web.Messages;

/**
 * A thread ({@code /communities/thread.xhtml?id=N&page=P&post=Q}): the opening post and one page of
 * replies. {@code post} (from notifications) opens the page that holds that post. Thread-wide
 * actions live here; what is done to one post is in {@link PostActions}.
 */
@Named
@ViewScoped
public class ThreadPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ThreadReading reading;
  @EJB Discussions discussions;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private String id;
  private String page;
  private String post;
  private ThreadView thread;

  public void load() {
    Long threadId = Refusals.id(id);
    if (threadId == null) {
      refusals.notFound();
      return;
    }
    try {
      Long pageNumber = Refusals.id(page);
      int shown = pageNumber == null ? 1 : (int) Math.min(pageNumber, Integer.MAX_VALUE);
      thread = reading.thread(threadId, shown, Refusals.id(post));
    } catch (NotFoundException e) {
      refusals.notFound();
    }
  }

  /** Shows the same page again after a change; a thread that went away is reported. */
  public void reload() {
    try {
      thread = reading.thread(thread.id(), thread.page(), null);
    } catch (NotFoundException e) {
      messages.error("community.gone");
    }
  }

  public void follow(boolean follow) {
    if (refusals.attempt(() -> discussions.followThread(thread.id(), follow))) {
      messages.info(follow ? "thread.followed" : "thread.unfollowed");
    }
    reload();
  }

  public void pin(boolean pinned) {
    refusals.attempt(() -> discussions.pinThread(thread.id(), pinned));
    reload();
  }

  public void lock(boolean locked) {
    refusals.attempt(() -> discussions.lockThread(thread.id(), locked, null));
    reload();
  }

  public void accept(long postId) {
    if (refusals.attempt(() -> discussions.acceptAnswer(thread.id(), postId))) {
      messages.info("thread.accepted");
    }
    reload();
  }

  /** The page that holds the {@code post} parameter's post, for the jump to its anchor. */
  public Long getJumpTo() {
    return Refusals.id(post);
  }

  public List<Integer> getPages() {
    return IntStream.rangeClosed(1, thread.pageCount()).boxed().toList();
  }

  public ThreadView getThread() {
    return thread;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getPost() {
    return post;
  }

  public void setPost(String post) {
    this.post = post;
  }
}
