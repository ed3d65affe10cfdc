package vn.tcc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;

/** The demo ZoneMinder's two monitors linked to their registry cameras, and reading MJPEG. */
public final class LiveCameras {
  public static final String FIRST = "GL-QN-0001";
  public static final String SECOND = "GL-QN-0003";

  private LiveCameras() {}

  /**
   * Links monitor GL-QN-0001 to camera GL-QN-0001 and ZM-CAM-02 to GL-QN-0003, as the VMS ITs do
   * (linking the same pair again is allowed, so the order of the ITs does not matter).
   */
  public static void link() {
    String admin = Keycloak.userToken("admin");
    JsonObject overview = Api.get("vms/connections/ZM-DEMO/cameras", admin).json();
    linkOne(admin, overview, "GL-QN-0001", FIRST);
    linkOne(admin, overview, "ZM-CAM-02", SECOND);
  }

  private static void linkOne(String admin, JsonObject overview, String monitor, String camera) {
    JsonObject row =
        overview.getJsonArray("vmsCameras").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> monitor.equals(r.getString("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("ZoneMinder has no monitor " + monitor));
    if (!camera.equals(row.getString("linkedCameraCode", null))) {
      Api.Answer linked =
          Api.post(
              "vms/connections/ZM-DEMO/links",
              admin,
              "{\"externalId\":\"%s\",\"cameraCode\":\"%s\",\"reason\":\"Nối camera vào ZoneMinder\"}"
                  .formatted(row.getString("externalId"), camera));
      assertEquals(204, linked.status(), linked.body());
    }
  }

  /** The next JPEG of a multipart stream: from its start marker (FF D8) to its end (FF D9). */
  public static byte[] nextJpeg(InputStream in) throws IOException {
    int previous = -1;
    int b;
    while ((b = in.read()) >= 0) {
      if (previous == 0xFF && b == 0xD8) {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.write(0xFF);
        jpeg.write(0xD8);
        int last = -1;
        while ((b = in.read()) >= 0) {
          jpeg.write(b);
          if (last == 0xFF && b == 0xD9) {
            return jpeg.toByteArray();
          }
          last = b;
        }
      }
      previous = b;
    }
    throw new AssertionError("The stream ended before a whole JPEG frame");
  }

  /** Audit entries of this action by this actor on this camera. */
  static int audited(String actor, String action, String camera) throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement sql =
            db.prepareStatement(
                "SELECT count(*) FROM audit.entry WHERE actor = ? AND action = ? AND object_id = ?")) {
      sql.setString(1, actor);
      sql.setString(2, action);
      sql.setString(3, camera);
      try (ResultSet row = sql.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
