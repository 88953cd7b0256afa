/**
 * Reports for HR and managers. {@link org.learningcommons.reporting.ReportGate} turns the caller
 * into a {@link org.learningcommons.reporting.ReportScope} (or refuses and audits the refusal);
 * {@link org.learningcommons.reporting.ScopeSql} puts that scope and the filter into every report's
 * SQL as the {@code scoped} relation; tables that can be exported implement {@link
 * org.learningcommons.reporting.ReportTable}.
 */
package org.learningcommons.reporting;
