package org.learningcommons.feed.api;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom document (RFC 4287) with the JDK's StAX writer, which escapes every text and
 * attribute. Control characters, which StAX passes and no XML parser accepts, are dropped so that a
 * title typed with one cannot break a whole feed.
 */
final class AtomDocument {

  static final String MEDIA_TYPE = "application/atom+xml";
  private static final String NS = "http://www.w3.org/2005/Atom";

  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  private final StringWriter out = new StringWriter();
  private final XMLStreamWriter xml;

  /** Starts the document and its {@code feed} element. */
  AtomDocument() throws XMLStreamException {
    xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(NS);
  }

  AtomDocument start(String element) throws XMLStreamException {
    xml.writeStartElement(element);
    return this;
  }

  AtomDocument end() throws XMLStreamException {
    xml.writeEndElement();
    return this;
  }

  AtomDocument text(String element, String value) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
    return this;
  }

  /** A date construct: RFC 3339 in UTC, to the second. */
  AtomDocument date(String element, Instant value) throws XMLStreamException {
    return text(element, value.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /** Text of type {@code html}: the markup travels escaped, as RFC 4287 section 3.1.1.2 says. */
  AtomDocument html(String element, String html) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("type", "html");
    xml.writeCharacters(xmlSafe(html));
    xml.writeEndElement();
    return this;
  }

  AtomDocument link(String rel, String type, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
    return this;
  }

  AtomDocument category(String term, String label) throws XMLStreamException {
    xml.writeEmptyElement("category");
    xml.writeAttribute("term", term);
    xml.writeAttribute("label", xmlSafe(label));
    return this;
  }

  /** Ends the feed and the document. */
  String finish() throws XMLStreamException {
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  static String xmlSafe(String text) {
    return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
  }
}
