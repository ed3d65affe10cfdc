package vn.tcc.camera.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.reporting.api.FigureScope;
import vn.tcc.reporting.api.IndicatorSource;
import vn.tcc.shared.persistence.Jdbc;

/**
 * The camera figures of the periodic report (form CAMERA_PROGRESS): the cameras of an area
 * registered by the end of the period, and of those the ones installed (installed, operational or
 * in maintenance), operational, and with a QCVN 05:2024/BCA certificate valid on the period's last
 * day.
 *
 * <p>The registry keeps each camera's status as it is now, not as it was on a past day (its history
 * holds the changes as JSON): so the status figures are those of the day the draft is pre-filled,
 * which is when the unit files the period's report; the submission then freezes them.
 */
@ApplicationScoped
public class JdbcCameraFigures implements IndicatorSource {
  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  private record Counts(long registered, long installed, long operational, long certified) {}

  @Override
  public Set<String> indicatorCodes() {
    return Set.of(
        "CAM.REGISTERED",
        "CAM.INSTALLED",
        "CAM.OPERATIONAL",
        "CAM.CERTIFIED",
        "CAM.OPERATIONAL_RATE");
  }

  @Override
  public Map<String, BigDecimal> compute(FigureScope scope) {
    Counts counts =
        jdbc.first(
                "count the cameras of an area for a report",
                """
                SELECT count(*) AS registered,
                       count(*) FILTER (WHERE status IN ('INSTALLED', 'OPERATIONAL', 'MAINTENANCE'))
                           AS installed,
                       count(*) FILTER (WHERE status = 'OPERATIONAL') AS operational,
                       count(*) FILTER (WHERE certificate_expires_on >= ?
                                          AND (certificate_issued_on IS NULL
                                               OR certificate_issued_on <= ?)) AS certified
                  FROM camera.camera
                 WHERE (jurisdiction_code = ? OR jurisdiction_code LIKE ? ESCAPE '!')
                   AND status <> 'DECOMMISSIONED'
                   AND created_at < ?
                """,
                row ->
                    new Counts(
                        row.longValue("registered"),
                        row.longValue("installed"),
                        row.longValue("operational"),
                        row.longValue("certified")),
                scope.lastDay(),
                scope.lastDay(),
                scope.jurisdiction().value(),
                scope.jurisdiction().childrenLikePattern(),
                scope.to())
            .orElse(new Counts(0, 0, 0, 0));
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put("CAM.REGISTERED", BigDecimal.valueOf(counts.registered()));
    figures.put("CAM.INSTALLED", BigDecimal.valueOf(counts.installed()));
    figures.put("CAM.OPERATIONAL", BigDecimal.valueOf(counts.operational()));
    figures.put("CAM.CERTIFIED", BigDecimal.valueOf(counts.certified()));
    if (counts.installed() > 0) {
      figures.put(
          "CAM.OPERATIONAL_RATE",
          BigDecimal.valueOf(counts.operational())
              .multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(counts.installed()), 2, RoundingMode.HALF_UP));
    }
    return figures;
  }
}
