package org.learningcommons.community.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.community.CommunityFeed;
import org.learningcommons.community.CommunityFeed.FeedEntry;
import org.learningcommons.community.CommunityFeed.FeedView;

/**
 * The Atom feed (RFC 4287) of an open community, for the intranet portal and feed readers. Written
 * with the JDK's StAX writer, which escapes every text and attribute; entries carry the sanitised
 * post as {@code content type="html"}.
 */
@Path("feeds/communities")
@RequestScoped
public class CommunityFeedResource {

  public static final String ATOM = "application/atom+xml";
  private static final String NS = "http://www.w3.org/2005/Atom";

  /** The year in the tag: URIs below; fixed, because an entry's id must never change. */
  private static final String TAG_DATE = "2025";

  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  @EJB CommunityFeed feeds;

  @GET
  @Path("{id: [0-9]+}.atom")
  @Produces(ATOM + ";charset=UTF-8")
  @Operation(
      summary = "Atom feed of an open community",
      description =
          "The newest 30 threads, replies and accepted answers. Only open communities have a feed:"
              + " 404 for restricted, private and unknown ones.")
  public String feed(@PathParam("id") long id, @Context UriInfo uri) throws XMLStreamException {
    FeedView feed = feeds.feed(id);
    // The pages live beside the API: http://host/context/ for http://host/context/api/v1/.
    URI site = uri.getBaseUri().resolve("../../");
    String tag = "tag:" + uri.getBaseUri().getHost() + "," + TAG_DATE + ":learning-commons/";
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(NS);
    text(xml, "id", tag + "community/" + feed.communityId());
    text(xml, "title", feed.name());
    if (feed.description() != null && !feed.description().isBlank()) {
      text(xml, "subtitle", feed.description());
    }
    text(xml, "updated", feed.updated());
    link(xml, "self", ATOM, uri.getRequestUri().toString());
    link(
        xml,
        "alternate",
        "text/html",
        site.resolve("communities/community.xhtml?id=" + feed.communityId()).toString());
    text(xml, "generator", "Learning Commons");
    for (FeedEntry entry : feed.entries()) {
      xml.writeStartElement("entry");
      text(xml, "id", tag + "activity/" + entry.activityId());
      text(xml, "title", titleOf(entry));
      text(xml, "published", entry.published());
      text(xml, "updated", entry.updated());
      xml.writeStartElement("author");
      text(xml, "name", entry.actorName());
      xml.writeEndElement();
      link(
          xml,
          "alternate",
          "text/html",
          site.resolve(
                  "communities/thread.xhtml?id=" + entry.threadId() + "&post=" + entry.postId())
              .toString());
      xml.writeStartElement("content");
      xml.writeAttribute("type", "html");
      xml.writeCharacters(xmlSafe(entry.bodyHtml()));
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  private static String titleOf(FeedEntry entry) {
    return switch (entry.kind()) {
      case "REPLY_POSTED" -> "Re: " + entry.threadTitle();
      case "ANSWER_ACCEPTED" -> "Answer accepted: " + entry.threadTitle();
      default -> entry.threadTitle();
    };
  }

  private static void text(XMLStreamWriter xml, String element, Object value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(
        xmlSafe(value instanceof Instant at ? at.toString() : String.valueOf(value)));
    xml.writeEndElement();
  }

  /**
   * StAX escapes markup but passes control characters, which no XML parser accepts; a title typed
   * with one must not break the whole feed.
   */
  private static String xmlSafe(String text) {
    return NOT_XML.matcher(text).replaceAll("");
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
