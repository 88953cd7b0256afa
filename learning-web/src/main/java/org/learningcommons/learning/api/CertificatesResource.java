package org.learningcommons.learning.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.learning.CertificateView;
import org.learningcommons.learning.Certificates;
import org.learningcommons.learning.VerificationView;

/**
 * Certificates of completed courses and the verification of their codes. A certificate is the
 * person's, their managers' and HR's to see; for anyone else it is 404, like one that does not
 * exist.
 */
@Path("certificates")
@RequestScoped
public class CertificatesResource {

  static final String PDF = "application/pdf";

  @EJB Certificates certificates;

  @GET
  @Path("{id: [0-9]+}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A certificate",
      description = "Person, course, completion date, learning minutes, validity and the code.")
  public CertificateView certificate(@PathParam("id") long id) {
    return certificates.certificate(id);
  }

  @GET
  @Path("{id: [0-9]+}.pdf")
  @Produces(PDF)
  @Operation(
      summary = "A certificate as PDF",
      description =
          "In English or German by Accept-Language; with the verification code and the address"
              + " of the verification page.")
  public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
    byte[] pdf = certificates.pdf(id, language(headers.getAcceptableLanguages()));
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("verification/{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Verify a certificate's code",
      description =
          "Any member of staff. Case, spaces and dashes do not matter. Whose certificate it is,"
              + " for which course, when completed, and whether it is still valid; 404 for a code"
              + " no certificate has.")
  public VerificationView verify(@PathParam("code") String code) {
    if (code.length() > 40) {
      throw new NotFoundException("certificate", "code");
    }
    return certificates
        .verify(code)
        .orElseThrow(() -> new NotFoundException("certificate", "code"));
  }

  private static Locale language(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("de".equals(locale.getLanguage())) {
        return Locale.GERMAN;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
