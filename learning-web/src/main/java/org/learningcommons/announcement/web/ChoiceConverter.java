package org.learningcommons.announcement.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Carries a {@link Choice} through the page as "value|label", each part URL-encoded, so that the
 * chosen items keep their labels without a lookup. A changed label only changes what the sender
 * reads; the value is checked by the use case like any other input.
 */
@FacesConverter("announcementChoice")
public class ChoiceConverter implements Converter<Choice> {

  @Override
  public Choice getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int bar = value.indexOf('|');
    if (bar < 1) {
      throw new ConverterException("Not a choice");
    }
    return new Choice(decode(value.substring(0, bar)), decode(value.substring(bar + 1)));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Choice value) {
    if (value == null) {
      return "";
    }
    return encode(value.value()) + "|" + encode(value.label());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ConverterException("Not a choice", e);
    }
  }
}
