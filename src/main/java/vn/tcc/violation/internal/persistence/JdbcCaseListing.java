package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.violation.internal.application.CaseListing;
import vn.tcc.violation.internal.application.CaseQuery;

/** Case search in SQL: the filters are conditions on indexed columns, newest first. */
@ApplicationScoped
public class JdbcCaseListing implements CaseListing {

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

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
      condition(where, parameters, "c.occurred_at >= ?", Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      condition(where, parameters, "c.occurred_at < ?", Timestamp.from(query.to()));
    }
    String rowsSql =
        "SELECT c.case_number, c.state, c.jurisdiction_code, c.camera_code,"
            + " coalesce(c.verified_type, c.detected_type),"
            + " coalesce(c.verified_plate, c.detected_plate), c.occurred_at, c.detections"
            + " FROM violation.violation_case c WHERE "
            + where
            + " ORDER BY c.occurred_at DESC, c.id DESC LIMIT ? OFFSET ?";
    String countSql =
        "SELECT count(*) FROM (SELECT 1 FROM violation.violation_case c WHERE "
            + where
            + " LIMIT "
            + (COUNT_CAP + 1)
            + ") capped";
    try (Connection connection = dataSource.getConnection()) {
      List<Row> rows = new ArrayList<>();
      if (withRows) {
        try (PreparedStatement select = connection.prepareStatement(rowsSql)) {
          int next = bind(select, parameters);
          select.setInt(next, query.size());
          select.setLong(next + 1, (long) query.page() * query.size());
          try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
              rows.add(
                  new Row(
                      row.getString(1),
                      row.getString(2),
                      row.getString(3),
                      row.getString(4),
                      row.getString(5),
                      row.getString(6),
                      JdbcCaseRepository.instant(row, 7),
                      row.getInt(8)));
            }
          }
        }
      }
      long matching = rows.size();
      if (withCount) {
        try (PreparedStatement count = connection.prepareStatement(countSql)) {
          bind(count, parameters);
          try (ResultSet row = count.executeQuery()) {
            row.next();
            matching = row.getLong(1);
          }
        }
      }
      return new Page(rows, matching, matching > COUNT_CAP);
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("search cases", e);
    }
  }

  private static void condition(
      StringBuilder where, List<Object> parameters, String sql, Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      parameters.add(value);
    }
  }

  private static int bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return parameters.size() + 1;
  }
}
