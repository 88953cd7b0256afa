package org.learningcommons.announcement.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.learningcommons.announcement.PublishedAnnouncement;
import org.learningcommons.infrastructure.web.Messages;

/** Says in a line, in the person's language, whom an announcement addresses. */
@Named
@RequestScoped
public class AudienceText {

  @Inject Messages messages;

  public String of(PublishedAnnouncement a) {
    if (a.everyone()) {
      return messages.text("announcement.publisher.audience.everyone");
    }
    List<String> parts = new ArrayList<>(a.departments());
    a.roles()
        .forEach(role -> parts.add(messages.text("announcement.publisher.audience.role", role)));
    if (!a.communityIds().isEmpty()) {
      parts.add(
          messages.text("announcement.publisher.audience.communities", a.communityIds().size()));
    }
    a.managers()
        .forEach(
            manager ->
                parts.add(messages.text("announcement.publisher.audience.reportsOf", manager)));
    return String.join(", ", parts);
  }
}
