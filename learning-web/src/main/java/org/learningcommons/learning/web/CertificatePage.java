package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.learning.CertificateView;
import org.learningcommons.learning.Certificates;

/**
 * A certificate: the page the completion notice links to. The person, their managers and HR see it;
 * for anyone else it is a 404, like one that does not exist.
 */
@Named
@RequestScoped
public class CertificatePage {

  @EJB Certificates certificates;
  @Inject Refusals refusals;

  private String id;
  private CertificateView certificate;

  public void load() {
    certificate = refusals.found(id, certificates::certificate);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CertificateView getCertificate() {
    return certificate;
  }

  /** Minutes as hours and minutes. */
  public String hours(int minutes) {
    int h = minutes / 60;
    int m = minutes % 60;
    if (h == 0) {
      return m + " min";
    }
    return m == 0 ? h + " h" : h + " h " + m + " min";
  }
}
