package org.learningcommons.community.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.learningcommons.discussion.Attachments;
import org.learningcommons.infrastructure.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The owner uploads the community's picture on the settings page. */
@Named
@RequestScoped
public class CommunityPicture {

  @EJB Attachments attachments;
  @Inject CommunityForm form;
  @Inject Refusals refusals;
  @Inject Messages messages;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    long communityId = form.getCommunity().id();
    if (refusals.attempt(
        () -> attachments.changeCommunityImage(communityId, file.getFileName(), file.getContent()),
        Map.of("file", "pictureForm:picture"))) {
      messages.info("community.picture.saved");
      form.reload();
    }
  }
}
