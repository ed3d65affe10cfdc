package vn.tcc.camera.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.reporting.api.DashboardFigures;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;

/**
 * The reporting dashboard's camera chart: per commune of the area, the cameras installed
 * (installed, operational or in maintenance) and those operational, as the registry holds them now.
 */
@ApplicationScoped
public class JdbcCameraDashboardFigures implements DashboardFigures {
  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<CommuneCameras> camerasByCommune(JurisdictionCode area) {
    return jdbc.list(
        "count the cameras per commune for the dashboard",
        """
        SELECT j.code, j.name_vi, j.name_en,
               count(*) FILTER (WHERE c.status IN ('INSTALLED', 'OPERATIONAL', 'MAINTENANCE'))
                   AS installed,
               count(*) FILTER (WHERE c.status = 'OPERATIONAL') AS operational
          FROM camera.camera c
          JOIN shared.jurisdiction j ON j.code = c.jurisdiction_code
         WHERE (c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')
           AND c.status <> 'DECOMMISSIONED'
         GROUP BY j.code, j.name_vi, j.name_en
         ORDER BY j.name_vi
        """,
        row ->
            new CommuneCameras(
                row.string("code"),
                row.string("name_vi"),
                row.string("name_en"),
                row.longValue("installed"),
                row.longValue("operational")),
        area.value(),
        area.childrenLikePattern());
  }
}
