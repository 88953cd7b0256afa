package org.learningcommons.reporting;

import java.util.Locale;
import java.util.Optional;

/** The file formats a report table exports to. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PDF("application/pdf", "pdf");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The format of a file extension ({@code csv}, {@code xlsx}, {@code pdf}), any case. */
  public static Optional<ExportFormat> ofExtension(String extension) {
    if (extension == null) {
      return Optional.empty();
    }
    for (ExportFormat format : values()) {
      if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
