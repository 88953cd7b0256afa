package org.learningcommons.feed.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class AtomDocumentTest {

  @Test
  void markupInTitlesAndHtmlContentTravelsEscapedAndParsesBack() throws Exception {
    AtomDocument atom = new AtomDocument();
    atom.text("id", "tag:example.com,2025:x")
        .text("title", "Fish & chips <today>")
        .date("updated", Instant.parse("2026-03-02T09:00:00.123456Z"))
        .start("entry")
        .html("content", "<p>Hello</p>")
        .end();

    Element feed = parse(atom.finish());

    assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
    assertEquals("Fish & chips <today>", child(feed, "title").getTextContent());
    assertEquals("2026-03-02T09:00:00Z", child(feed, "updated").getTextContent());
    Element content = child(child(feed, "entry"), "content");
    assertEquals("html", content.getAttribute("type"));
    assertEquals("<p>Hello</p>", content.getTextContent());
  }

  @Test
  void aControlCharacterTypedIntoATitleDoesNotBreakTheFeed() throws Exception {
    AtomDocument atom = new AtomDocument();
    atom.text("title", "Bell\u0007 rings\u0000");

    Element feed = parse(atom.finish());

    assertEquals("Bell rings", child(feed, "title").getTextContent());
    assertTrue(AtomDocument.xmlSafe(null).isEmpty());
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)))
        .getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    return (Element) parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0);
  }
}
