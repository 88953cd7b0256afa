package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.learningcommons.learning.Certificates;
import org.learningcommons.learning.VerificationView;

/**
 * Checks a certificate's code for anyone in the intranet: the code from the link printed on the
 * certificate, or typed into the form (case, spaces and dashes do not matter).
 */
@Named
@RequestScoped
public class VerifyPage {

  /** Longer input is no code; it is not looked up. */
  static final int MAX_CODE = 40;

  @EJB Certificates certificates;

  private String code;
  private boolean checked;
  private VerificationView result;

  /** Checks the code from the link, if the page was opened with one. */
  public void load() {
    if (code != null && !code.isBlank()) {
      verify();
    }
  }

  public void verify() {
    checked = true;
    result =
        code == null || code.length() > MAX_CODE ? null : certificates.verify(code).orElse(null);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isChecked() {
    return checked;
  }

  public VerificationView getResult() {
    return result;
  }

  public int getMaxCode() {
    return MAX_CODE;
  }
}
