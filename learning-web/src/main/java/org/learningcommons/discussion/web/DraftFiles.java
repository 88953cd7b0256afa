package org.learningcommons.discussion.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.learningcommons.discussion.AttachmentView;

/**
 * Files uploaded for a post that is still being written. The upload stores them at once; the post
 * links them by id when it is saved, so the form keeps only the ids and what it shows.
 */
public class DraftFiles implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<AttachmentView> files = new ArrayList<>();

  public void add(AttachmentView file) {
    files.add(file);
  }

  public void remove(long id) {
    files.removeIf(f -> f.id() == id);
  }

  public void clear() {
    files.clear();
  }

  public List<AttachmentView> getFiles() {
    return files;
  }

  public List<Long> ids() {
    return files.stream().map(AttachmentView::id).toList();
  }
}
