package vn.tcc.reporting.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.reporting.internal.domain.UnitKind;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** The units of {@code reporting.unit}. */
@ApplicationScoped
public class JdbcReportingUnits implements ReportingUnits {
  private static final RowMapper<ReportingUnit> UNIT =
      row ->
          new ReportingUnit(
              row.string("code"),
              row.string("name_vi"),
              row.string("name_en"),
              UnitKind.valueOf(row.string("kind")),
              JurisdictionCode.parseOrNull(row.string("jurisdiction_code")));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<ReportingUnit> find(String code) {
    return jdbc.first(
        "read a reporting unit",
        "SELECT code, name_vi, name_en, kind, jurisdiction_code FROM reporting.unit"
            + " WHERE code = ? AND active",
        UNIT,
        code);
  }

  @Override
  public List<ReportingUnit> all() {
    return jdbc.list(
        "read the reporting units",
        "SELECT code, name_vi, name_en, kind, jurisdiction_code FROM reporting.unit"
            + " WHERE active ORDER BY kind, code",
        UNIT);
  }
}
