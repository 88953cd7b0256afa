package org.learningcommons.stream.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.learningcommons.community.Communities;
import org.learningcommons.community.CommunitySearch;
import org.learningcommons.community.CommunitySort;
import org.learningcommons.community.CommunitySummary;
import org.learningcommons.shared.PageRequest;
import org.learningcommons.stream.HomeStream;
import org.learningcommons.stream.StreamItem;
import org.learningcommons.stream.StreamPage;

/**
 * The home page's stream and "my communities". View scoped because "load more" appends the next
 * slice (keyset paging: the slice before the oldest entry shown) to what is already on the page.
 */
@Named
@ViewScoped
public class HomeStreamView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SLICE = 20;
  static final int MY_COMMUNITIES = 20;

  @EJB HomeStream stream;
  @EJB Communities communities;

  private final List<StreamItem> items = new ArrayList<>();
  private Long nextBefore;
  private List<CommunitySummary> mine = List.of();

  public void load() {
    items.clear();
    append(stream.stream(null, SLICE));
    mine =
        communities.listCommunities(
            new CommunitySearch(null, null, null, true, CommunitySort.ACTIVITY),
            new PageRequest(0, MY_COMMUNITIES));
  }

  public void loadMore() {
    if (nextBefore != null) {
      append(stream.stream(nextBefore, SLICE));
    }
  }

  private void append(StreamPage page) {
    items.addAll(page.items());
    nextBefore = page.nextBefore();
  }

  public List<StreamItem> getItems() {
    return items;
  }

  public boolean isMore() {
    return nextBefore != null;
  }

  public List<CommunitySummary> getMine() {
    return mine;
  }
}
