package vn.tcc.camera.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.tcc.camera.api.CameraPlaces;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * Camera places and their neighbours. Distance is the equirectangular approximation (longitude
 * scaled by the cosine of the latitude): exact enough to rank cameras a few kilometres apart, and
 * it needs no PostGIS.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JdbcCameraPlaces implements CameraPlaces {
  private static final RowMapper<CameraPlace> PLACE =
      row ->
          new CameraPlace(
              row.string("code"),
              row.string("name"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.decimal("latitude"),
              row.decimal("longitude"),
              row.string("address"),
              nearby(row.object("nearby")));

  private static List<String> nearby(Object array) throws java.sql.SQLException {
    return array instanceof java.sql.Array sql
        ? Arrays.stream((Object[]) sql.getArray()).map(String::valueOf).toList()
        : List.of();
  }

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Map<String, CameraPlace> placesOf(Collection<String> codes, int nearbyLimit) {
    Map<String, CameraPlace> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    List<CameraPlace> places =
        jdbc.list(
            "read camera places and neighbours",
            """
            SELECT c.code, c.name, c.jurisdiction_code, c.latitude, c.longitude, c.address,
                   ARRAY(SELECT n.code FROM camera.camera n
                          WHERE n.code <> c.code AND n.status <> 'DECOMMISSIONED'
                          ORDER BY power(n.latitude - c.latitude, 2)
                                 + power((n.longitude - c.longitude) * cos(radians(c.latitude)), 2),
                                   n.code
                          LIMIT ?) AS nearby
              FROM camera.camera c
             WHERE c.code = ANY(?)
            """,
            PLACE,
            Math.max(0, nearbyLimit),
            Jdbc.array("varchar", codes));
    places.forEach(place -> found.put(place.code(), place));
    return found;
  }
}
