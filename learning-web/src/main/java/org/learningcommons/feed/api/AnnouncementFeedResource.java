package org.learningcommons.feed.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.announcement.AnnouncementFeed;
import org.learningcommons.announcement.AnnouncementFeed.FeedEntry;

/**
 * The Atom feed (RFC 4287) of the announcements showing for the caller, for the intranet portal and
 * feed readers, which authenticate with a feed token (see docs/api.md).
 */
@Path("feeds/announcements.atom")
@RequestScoped
public class AnnouncementFeedResource {

  /** The year in the tag: URIs; fixed, because an entry's id must never change. */
  private static final String TAG_DATE = "2025";

  @EJB AnnouncementFeed feed;

  @GET
  @Produces(AtomDocument.MEDIA_TYPE + ";charset=UTF-8")
  @Operation(
      summary = "Atom feed of my announcements",
      description =
          "The newest 50 announcements showing now whose audience includes the caller, newest"
              + " first, with their sanitised text. Authenticate with a feed token (?token= or"
              + " Authorization: Bearer) or as for the rest of the API. Reading the feed does not"
              + " mark announcements as read.")
  public String announcements(@Context UriInfo uri, @Context SecurityContext security)
      throws XMLStreamException {
    List<FeedEntry> entries = feed.entries();
    // The pages live beside the API: http://host/context/ for http://host/context/api/v1/.
    URI site = uri.getBaseUri().resolve("../../");
    String tag = "tag:" + uri.getBaseUri().getHost() + "," + TAG_DATE + ":learning-commons/";
    Instant updated =
        entries.stream()
            .map(FeedEntry::updated)
            .max(Comparator.naturalOrder())
            .orElse(Instant.now());
    AtomDocument atom = new AtomDocument();
    atom.text("id", tag + "announcements/" + security.getUserPrincipal().getName())
        .text("title", "Learning Commons: announcements")
        .date("updated", updated)
        // The self link leaves the token out: it must not travel further than the reader.
        .link("self", AtomDocument.MEDIA_TYPE, uri.getAbsolutePath().toString())
        .link("alternate", "text/html", site.resolve("index.xhtml").toString())
        .text("generator", "Learning Commons");
    for (FeedEntry entry : entries) {
      atom.start("entry")
          .text("id", tag + "announcement/" + entry.id())
          .text("title", entry.title())
          .date("published", entry.published())
          .date("updated", entry.updated())
          .start("author")
          .text("name", entry.publishedByName())
          .end()
          .link(
              "alternate",
              "text/html",
              site.resolve("announcements/announcement.xhtml?id=" + entry.id()).toString())
          .category(
              entry.priority().name().toLowerCase(Locale.ROOT),
              entry.priority().name().charAt(0)
                  + entry.priority().name().substring(1).toLowerCase(Locale.ROOT))
          .html("content", entry.bodyHtml() + acknowledgementNote(entry))
          .end();
    }
    return atom.finish();
  }

  /** The feed reader cannot acknowledge; the note sends the person to the page that can. */
  private static String acknowledgementNote(FeedEntry entry) {
    if (!entry.requiresAcknowledgement()) {
      return "";
    }
    return "<p><em>Please acknowledge this announcement in Learning Commons"
        + (entry.acknowledgementDueAt() == null
            ? ""
            : " by " + entry.acknowledgementDueAt().truncatedTo(ChronoUnit.MINUTES))
        + ".</em></p>";
  }
}
