package vn.tcc.command.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.command.internal.live.WallLayout;
import vn.tcc.command.internal.live.WallLayouts;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** The walls in {@code command.wall}, one row per user; an empty tile is stored as ''. */
@ApplicationScoped
public class JdbcWallLayouts implements WallLayouts {
  private static final RowMapper<WallLayout> WALL =
      row -> {
        String joined = row.string("tiles");
        List<String> tiles =
            joined == null
                ? List.of()
                : Arrays.stream(joined.split(",", -1)).map(t -> t.isEmpty() ? null : t).toList();
        return WallLayout.sanitized(
            row.intValue("layout"),
            tiles,
            row.string("tour_commune"),
            row.nullableInt("tour_seconds"));
      };

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<WallLayout> find(String username) {
    return jdbc.first(
        "read a video wall",
        "SELECT layout, array_to_string(tiles, ',') AS tiles, tour_commune, tour_seconds"
            + " FROM command.wall WHERE username = ?",
        WALL,
        username);
  }

  @Override
  public void save(String username, WallLayout wall) {
    List<String> tiles = wall.tiles().stream().map(t -> t == null ? "" : t).toList();
    jdbc.update(
        "save a video wall",
        "INSERT INTO command.wall (username, layout, tiles, tour_commune, tour_seconds, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT (username) DO UPDATE SET"
            + " layout = EXCLUDED.layout, tiles = EXCLUDED.tiles,"
            + " tour_commune = EXCLUDED.tour_commune, tour_seconds = EXCLUDED.tour_seconds,"
            + " updated_at = now()",
        username,
        wall.layout(),
        Jdbc.array("varchar", tiles),
        wall.tourCommune(),
        wall.tourSeconds());
  }
}
