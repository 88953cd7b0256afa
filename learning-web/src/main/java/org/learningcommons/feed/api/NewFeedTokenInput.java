package org.learningcommons.feed.api;

import org.learningcommons.feed.FeedToken;
import org.learningcommons.infrastructure.rest.InvalidInputException;

/** The body of {@code POST /feed-tokens}: what the person calls the reader or portal. */
public record NewFeedTokenInput(String name) {

  String checkedName() {
    InvalidInputException.check().required("name", name, FeedToken.MAX_NAME).done();
    return name;
  }
}
