/** Reports over REST under {@code /api/v1/reports}: figures as JSON, tables as CSV, XLSX or PDF. */
package org.learningcommons.reporting.api;
