/**
 * Feed tokens: creating, listing and revoking one's own, and recognising a token on a feed request
 * (the web module's authentication mechanism asks {@link org.learningcommons.feed.FeedAccess}).
 */
package org.learningcommons.feed;
