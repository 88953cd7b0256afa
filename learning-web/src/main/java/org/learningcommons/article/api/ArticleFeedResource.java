package org.learningcommons.article.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.article.ArticleFeedEntry;
import org.learningcommons.article.ArticleReading;

/**
 * The Atom feed (RFC 4287) of published articles, newest first, for the intranet portal and feed
 * readers. Written with the JDK's StAX writer, which escapes every text and attribute; entries
 * carry the sanitised article as {@code content type="html"} and its plain-text start as summary.
 */
@Path("feeds/articles.atom")
@RequestScoped
public class ArticleFeedResource {

  public static final String ATOM = "application/atom+xml";
  private static final String NS = "http://www.w3.org/2005/Atom";
  static final int ENTRIES = 50;

  /** The year in the tag: URIs below; fixed, because an entry's id must never change. */
  private static final String TAG_DATE = "2026";

  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  @EJB ArticleReading reading;

  @GET
  @Produces(ATOM + ";charset=UTF-8")
  @Operation(
      summary = "Atom feed of published articles",
      description = "The newest " + ENTRIES + " published knowledge articles.")
  public String feed(@Context UriInfo uri) throws XMLStreamException {
    List<ArticleFeedEntry> entries = reading.latestPublished(ENTRIES);
    URI site = uri.getBaseUri().resolve("../../");
    String tag = "tag:" + uri.getBaseUri().getHost() + "," + TAG_DATE + ":learning-commons/";
    Instant updated =
        entries.stream()
            .map(ArticleFeedEntry::updated)
            .max(Instant::compareTo)
            .orElse(Instant.EPOCH);
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(NS);
    text(xml, "id", tag + "articles");
    text(xml, "title", "Learning Commons: knowledge articles");
    text(xml, "updated", updated);
    link(xml, "self", ATOM, uri.getRequestUri().toString());
    link(xml, "alternate", "text/html", site.resolve("articles/index.xhtml").toString());
    text(xml, "generator", "Learning Commons");
    for (ArticleFeedEntry entry : entries) {
      xml.writeStartElement("entry");
      text(xml, "id", tag + "article/" + entry.id());
      text(xml, "title", entry.title());
      text(xml, "published", entry.published());
      text(xml, "updated", entry.updated());
      xml.writeStartElement("author");
      text(xml, "name", entry.authorName());
      xml.writeEndElement();
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", xmlSafe(entry.category()));
      link(
          xml,
          "alternate",
          "text/html",
          site.resolve("articles/article.xhtml?id=" + entry.id()).toString());
      text(xml, "summary", entry.summary());
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

  private static void text(XMLStreamWriter xml, String element, Object value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(
        xmlSafe(value instanceof Instant at ? at.toString() : String.valueOf(value)));
    xml.writeEndElement();
  }

  /** StAX escapes markup but passes control characters, which no XML parser accepts. */
  private static String xmlSafe(String text) {
    return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
