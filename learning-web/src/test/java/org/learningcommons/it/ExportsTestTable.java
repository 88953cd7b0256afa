package org.learningcommons.it;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.learningcommons.reporting.ReportColumn;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.reporting.ReportScope;
import org.learningcommons.reporting.ReportTable;

/** A report table only the exports' tests deploy: one row per person in scope. */
@Stateless
public class ExportsTestTable implements ReportTable {

  @Resource(lookup = "java:app/jdbc/learningCommons")
  DataSource data;

  @Override
  public String key() {
    return "exports-test-people";
  }

  @Override
  public String report() {
    return "exports-test";
  }

  @Override
  public List<ReportColumn> columns() {
    return ExportsTestRows.COLUMNS;
  }

  @Override
  public long count(ReportScope scope, ReportFilter filter) {
    return ExportsTestRows.count(data, scope, filter, 1);
  }

  @Override
  public void stream(ReportScope scope, ReportFilter filter, Consumer<Object[]> rows) {
    ExportsTestRows.stream(data, scope, filter, 1, rows);
  }
}
