package org.learningcommons.development.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.development.RecordExport;

/** The caller's own record as a PDF (a path of its own: {@code me/record} is the JSON). */
@Path("me/record.pdf")
@RequestScoped
public class MyRecordPdfResource {

  @EJB RecordExport export;

  @GET
  @Produces({"application/pdf", "application/json"})
  @Operation(
      summary = "My record as PDF",
      description =
          "The caller's record of development as a PDF document: CPD hours of this year,"
              + " mandatory training, courses in progress, completed courses and external learning"
              + " (the newest 1,000 of each) and goals with comments.")
  public Response pdf() {
    return RecordSections.pdf(export, null);
  }
}
