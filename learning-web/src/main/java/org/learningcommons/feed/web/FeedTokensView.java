package org.learningcommons.feed.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.feed.CreatedFeedToken;
import org.learningcommons.feed.FeedToken;
import org.learningcommons.feed.FeedTokenView;
import org.learningcommons.feed.FeedTokens;
import org.learningcommons.infrastructure.mail.MailSettings;
import org.learningcommons.infrastructure.web.Messages;

/**
 * "My feeds": the person's feed tokens (at most {@link FeedToken#MAX_PER_PERSON}, so one short
 * list), creating one (its token and feed addresses are shown once, in this view only) and revoking
 * one.
 */
@Named
@ViewScoped
public class FeedTokensView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB FeedTokens tokens;
  @Inject Refusals refusals;
  @Inject Messages messages;
  @Inject MailSettings settings;

  private List<FeedTokenView> mine = List.of();
  private String name;
  private CreatedFeedToken created;

  public void load() {
    mine = tokens.mine();
  }

  public void create() {
    String wanted = name;
    if (refusals.attempt(
        () -> created = tokens.create(wanted), Map.of("name", "createForm:name"))) {
      name = null;
      messages.info("feed.created");
      load();
    }
  }

  public void revoke(long id) {
    if (refusals.attempt(() -> tokens.revoke(id))) {
      messages.info("feed.revoked");
    }
    if (created != null && created.id() == id) {
      created = null;
    }
    load();
  }

  public List<FeedTokenView> getMine() {
    return mine;
  }

  public boolean isFull() {
    return mine.size() >= FeedToken.MAX_PER_PERSON;
  }

  public int getMaxTokens() {
    return FeedToken.MAX_PER_PERSON;
  }

  public int getMaxName() {
    return FeedToken.MAX_NAME;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** The token just created, shown until the view is left; null otherwise. */
  public CreatedFeedToken getCreated() {
    return created;
  }

  /** The address of a feed, with the token just created. */
  public String feedUrl(String feed) {
    String url = base() + "api/v1/feeds/" + feed;
    return created == null
        ? url
        : url + "?token=" + URLEncoder.encode(created.token(), StandardCharsets.UTF_8);
  }

  /** The address of the widget, for the portal's administrators. */
  public String getWidgetUrl() {
    return base() + "widget/announcements.xhtml";
  }

  private String base() {
    String base = settings.baseUrl();
    return base.endsWith("/") ? base : base + "/";
  }
}
