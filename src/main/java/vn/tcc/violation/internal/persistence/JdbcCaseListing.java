package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.application.CaseListing;
import vn.tcc.violation.internal.application.CaseQuery;

/** Case search in SQL: the filters are conditions on indexed columns, newest first. */
@ApplicationScoped
public class JdbcCaseListing implements CaseListing {

  private static final RowMapper<Row> ROW =
      row ->
          new Row(
              row.string("case_number"),
              row.string("state"),
              row.string("jurisdiction_code"),
              row.string("camera_code"),
              row.string("type"),
              row.string("plate"),
              row.instant("occurred_at"),
              row.intValue("detections"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public long count(JurisdictionCode scope, CaseQuery query) {
    return search(scope, query, false, true).matching();
  }

  @Override
  public Page search(JurisdictionCode scope, CaseQuery query) {
    return search(scope, query, true, true);
  }

  @Override
  public List<Row> rows(JurisdictionCode scope, CaseQuery query) {
    return search(scope, query, true, false).rows();
  }

  private Page search(
      JurisdictionCode scope, CaseQuery query, boolean withRows, boolean withCount) {
    StringBuilder where = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    if (scope.isProvince()) {
      where.append("(c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')");
      parameters.add(scope.value());
      parameters.add(scope.childrenLikePattern());
    } else {
      where.append("c.jurisdiction_code = ?");
      parameters.add(scope.value());
    }
    if (query.plate() != null) {
      where.append(" AND (c.plate_key = ? OR c.verified_plate = ?)");
      parameters.add(query.plate());
      parameters.add(query.plate());
    }
    condition(where, parameters, "c.camera_code = ?", query.cameraCode());
    condition(where, parameters, "c.state = ?", query.state());
    condition(
        where, parameters, "coalesce(c.verified_type, c.detected_type) = ?", query.violationType());
    if (query.from() != null) {
      condition(where, parameters, "c.occurred_at >= ?", query.from());
    }
    if (query.to() != null) {
      condition(where, parameters, "c.occurred_at < ?", query.to());
    }
    String rowsSql =
        "SELECT c.case_number, c.state, c.jurisdiction_code, c.camera_code,"
            + " coalesce(c.verified_type, c.detected_type) AS type,"
            + " coalesce(c.verified_plate, c.detected_plate) AS plate, c.occurred_at, c.detections"
            + " FROM violation.violation_case c WHERE "
            + where
            + " ORDER BY c.occurred_at DESC, c.id DESC LIMIT ? OFFSET ?";
    String countSql =
        "SELECT count(*) AS matching FROM (SELECT 1 FROM violation.violation_case c WHERE "
            + where
            + " LIMIT "
            + (COUNT_CAP + 1)
            + ") capped";
    return jdbc.run(
        "search cases",
        connection -> {
          List<Row> rows = new ArrayList<>();
          if (withRows) {
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(query.size());
            paged.add((long) query.page() * query.size());
            try (PreparedStatement select = Jdbc.prepare(connection, rowsSql, paged.toArray());
                ResultSet found = select.executeQuery()) {
              vn.tcc.shared.persistence.Row row = vn.tcc.shared.persistence.Row.of(found);
              while (found.next()) {
                rows.add(ROW.map(row));
              }
            }
          }
          long matching = rows.size();
          if (withCount) {
            try (PreparedStatement count =
                    Jdbc.prepare(connection, countSql, parameters.toArray());
                ResultSet counted = count.executeQuery()) {
              counted.next();
              matching = vn.tcc.shared.persistence.Row.of(counted).longValue("matching");
            }
          }
          return new Page(rows, matching, matching > COUNT_CAP);
        });
  }

  private static void condition(
      StringBuilder where, List<Object> parameters, String sql, Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      parameters.add(value);
    }
  }
}
