package org.learningcommons.notification.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.notification.DigestFrequency;
import org.learningcommons.notification.MyNotifications;
import org.learningcommons.notification.NotificationChannel;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.notification.NotificationPreferencesView;
import org.learningcommons.notification.NotificationView;
import org.learningcommons.shared.PageRequest;

/** The signed-in person's notifications and notification preferences. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @EJB MyNotifications mine;

  @GET
  @Operation(
      summary = "My notifications, newest first",
      description = "Page with offset/limit (limit at most 100); unread counts all unread ones.")
  public NotificationPageDto list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    PageRequest page =
        new PageRequest(
            inRange("offset", offset, 0, Integer.MAX_VALUE),
            inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
    return NotificationPageDto.of(mine.page(page), mine.unreadCount(), limit);
  }

  @GET
  @Path("unread-count")
  @Operation(summary = "How many of my notifications are unread (the number on the bell)")
  public Map<String, Long> unreadCount() {
    return Map.of("unread", mine.unreadCount());
  }

  @POST
  @Path("{id: [0-9]+}/read")
  @Operation(
      summary = "Mark one of my notifications read",
      description = "404 for an unknown id and for someone else's notification alike.")
  public NotificationView markRead(@PathParam("id") long id) {
    return mine.markRead(id);
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all my notifications read")
  public Map<String, Integer> markAllRead() {
    return Map.of("marked", mine.markAllRead());
  }

  @GET
  @Path("preferences")
  @Operation(summary = "My channel per kind and my digest frequency")
  public PreferencesDto preferences() {
    return PreferencesDto.of(mine.preferences());
  }

  @PUT
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change my channel per kind and my digest frequency",
      description =
          "Body: {\"digestFrequency\": \"DAILY\"|\"WEEKLY\", \"channels\": {\"MENTION\":"
              + " \"IN_APP\"|\"EMAIL\"|\"DIGEST\"|\"OFF\", ...}}. Kinds left out keep their"
              + " channel; a missing digestFrequency keeps the current one.")
  public PreferencesDto savePreferences(JsonObject body) {
    if (body == null) {
      throw new InvalidParameterException("body", "must be a JSON object");
    }
    Map<NotificationKind, NotificationChannel> channels = new EnumMap<>(NotificationKind.class);
    JsonValue given = body.get("channels");
    if (given != null && given.getValueType() != JsonValue.ValueType.NULL) {
      if (given.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidParameterException("channels", "must be an object");
      }
      given
          .asJsonObject()
          .forEach(
              (kind, channel) ->
                  channels.put(
                      parse(NotificationKind.class, "channels", kind),
                      parse(NotificationChannel.class, "channels." + kind, text(channel))));
    }
    JsonValue frequency = body.get("digestFrequency");
    NotificationPreferencesView saved =
        mine.savePreferences(
            channels,
            frequency == null || frequency.getValueType() == JsonValue.ValueType.NULL
                ? mine.preferences().digestFrequency()
                : parse(DigestFrequency.class, "digestFrequency", text(frequency)));
    return PreferencesDto.of(saved);
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
