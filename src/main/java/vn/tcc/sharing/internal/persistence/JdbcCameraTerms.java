package vn.tcc.sharing.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.Row;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.sharing.internal.domain.CameraTerms;
import vn.tcc.sharing.internal.domain.CompulsoryGrant;
import vn.tcc.sharing.internal.domain.SharingAgreement;

/**
 * A camera's agreements and approved grants in one round trip: the two queries of {@link
 * JdbcSharingAgreements#covering} and {@link JdbcCompulsoryGrants#approvedCovering} sent as one
 * statement (the driver sends both before it waits for an answer).
 */
@ApplicationScoped
public class JdbcCameraTerms implements CameraTerms {
  static final String SQL =
      JdbcSharingAgreements.COLUMNS
          + """
           WHERE a.id IN (SELECT agreement_id FROM sharing.agreement_camera WHERE camera_code = ?)
           ORDER BY a.id DESC;
          """
          + JdbcCompulsoryGrants.COLUMNS
          + " WHERE g.state = 'APPROVED' AND g.id IN"
          + " (SELECT grant_id FROM sharing.grant_camera WHERE camera_code = ?)"
          + " ORDER BY g.valid_until DESC, g.id LIMIT 50";

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Terms of(String cameraCode) {
    return jdbc.run(
        "read the agreements and grants naming a camera",
        connection -> {
          try (PreparedStatement statement =
              Jdbc.prepare(connection, SQL, cameraCode, cameraCode)) {
            statement.execute();
            List<SharingAgreement> agreements =
                rows(statement.getResultSet(), JdbcSharingAgreements.AGREEMENT);
            if (!statement.getMoreResults()) {
              throw new IllegalStateException("The grants' answer is missing");
            }
            List<CompulsoryGrant> grants =
                rows(statement.getResultSet(), JdbcCompulsoryGrants.GRANT);
            return new Terms(agreements, grants);
          }
        });
  }

  private static <T> List<T> rows(ResultSet result, RowMapper<T> mapper) throws SQLException {
    List<T> list = new ArrayList<>();
    try (result) {
      Row row = Row.of(result);
      while (result.next()) {
        list.add(mapper.map(row));
      }
    }
    return list;
  }
}
