import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Sends the demo province's violation events through TCC's real ingestion API, as a regional server
 * cluster of Quy Nhơn would, so that a development run has cases to review: red lights, speeding,
 * no helmet and wrong lane over the last three days, each with an overview photo showing the plate.
 * The events' ids are fixed per day: running it again the same day only gets DUPLICATE answers.
 *
 * <p>{@code java simulators/demo-events/DemoEvents.java http://localhost:8080/tcc
 * http://localhost:8180 tcc-event-source event-source-dev-secret}
 */
public class DemoEvents {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  record Demo(
      String camera,
      String type,
      String plate,
      String vehicleClass,
      Integer speed,
      Integer limit) {}

  private static final List<Demo> DEMOS =
      List.of(
          new Demo("GL-QN-0001", "RED_LIGHT", "81A-123.45", "CAR", null, null),
          new Demo("GL-QN-0001", "RED_LIGHT", "77A-204.18", "CAR", null, null),
          new Demo("GL-QN-0001", "RED_LIGHT", "81-B1 562.07", "MOTORCYCLE", null, null),
          new Demo("GL-QN-0001", "RED_LIGHT", "30H-771.90", "CAR", null, null),
          new Demo("GL-QN-0001", "RED_LIGHT", "77-C1 318.44", "MOTORCYCLE", null, null),
          new Demo("GL-QN-0002", "SPEEDING", "81A-336.21", "CAR", 68, 50),
          new Demo("GL-QN-0002", "SPEEDING", "51G-902.13", "CAR", 79, 50),
          new Demo("GL-QN-0002", "SPEEDING", "77A-118.62", "CAR", 92, 50),
          new Demo("GL-QN-0002", "SPEEDING", "81-D1 440.35", "MOTORCYCLE", 58, 50),
          new Demo("GL-QN-0001", "NO_HELMET", "81-B2 127.66", "MOTORCYCLE", null, null),
          new Demo("GL-QN-0001", "NO_HELMET", "77-G1 905.21", "MOTORCYCLE", null, null),
          new Demo("GL-QN-0002", "WRONG_LANE", "81-E1 283.50", "MOTORCYCLE", null, null),
          new Demo("GL-QN-0001", "RED_LIGHT", "81A-009.87", "CAR", null, null),
          new Demo("GL-QN-0002", "SPEEDING", "43A-557.02", "CAR", 71, 50),
          new Demo("GL-QN-0001", "RED_LIGHT", "77A-650.33", "CAR", null, null),
          new Demo("GL-QN-0002", "WRONG_LANE", "77-H1 071.48", "MOTORCYCLE", null, null));

  public static void main(String[] args) throws Exception {
    String tcc = args.length > 0 ? args[0] : "http://localhost:8080/tcc";
    String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
    String client = args.length > 2 ? args[2] : "tcc-event-source";
    String secret = args.length > 3 ? args[3] : "event-source-dev-secret";
    String token = token(keycloak, client, secret);
    // Fixed times relative to today, so the cases stay within the 10 days before escalation.
    OffsetDateTime base =
        OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.HOURS).minusDays(2).withHour(7);
    List<String> events = new ArrayList<>();
    for (int i = 0; i < DEMOS.size(); i++) {
      Demo demo = DEMOS.get(i);
      OffsetDateTime at = base.plusMinutes(97L * i);
      String speed =
          demo.speed() == null
              ? ""
              : ",\"speedKmh\":" + demo.speed() + ",\"speedLimitKmh\":" + demo.limit();
      events.add(
          ("{\"sourceId\":\"GL-QN-DEMO\",\"sourceEventId\":\"demo-%s-%02d\",\"cameraCode\":\"%s\","
                  + "\"occurredAt\":\"%s\",\"type\":\"%s\",\"plate\":\"%s\","
                  + "\"plateConfidence\":%.1f,\"vehicleClass\":\"%s\",\"lane\":\"%d\"%s,"
                  + "\"images\":[{\"kind\":\"overview\",\"data\":\"%s\"}]}")
              .formatted(
                  base.toLocalDate(),
                  i,
                  demo.camera(),
                  at,
                  demo.type(),
                  demo.plate(),
                  88.0 + (i * 7 % 11),
                  demo.vehicleClass(),
                  1 + i % 3,
                  speed,
                  photo(demo, at)));
    }
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(tcc + "/api/v1/events"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"events\":[" + String.join(",", events) + "]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      System.err.println("TCC answered " + answer.statusCode() + ": " + answer.body());
      System.exit(1);
    }
    int accepted = count(answer.body(), "\"ACCEPTED\"");
    int duplicates = count(answer.body(), "\"DUPLICATE\"");
    System.out.println("Demo events: " + accepted + " accepted, " + duplicates + " already there");
  }

  private static String token(String keycloak, String client, String secret) throws Exception {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(client, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/tcc/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String body = answer.body();
    int start = body.indexOf("\"access_token\":\"");
    if (answer.statusCode() != 200 || start < 0) {
      throw new IllegalStateException("No token from Keycloak: HTTP " + answer.statusCode());
    }
    start += "\"access_token\":\"".length();
    return body.substring(start, body.indexOf('"', start));
  }

  /** A camera's overview frame: a dusk street, a vehicle, its plate, the camera's caption. */
  static String photo(Demo demo, OffsetDateTime at) throws Exception {
    BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(52, 73, 94), 0, 540, new Color(30, 30, 36)));
    g.fillRect(0, 0, 960, 540);
    g.setColor(new Color(200, 200, 200));
    for (int x = 0; x < 960; x += 120) {
      g.fillRect(x, 400, 60, 8);
    }
    boolean car = "CAR".equals(demo.vehicleClass());
    g.setColor(car ? new Color(170, 30, 40) : new Color(30, 90, 160));
    if (car) {
      g.fillRoundRect(300, 230, 360, 150, 40, 40);
    } else {
      g.fillRoundRect(420, 250, 120, 140, 30, 30);
    }
    g.setColor(Color.WHITE);
    g.fillRect(car ? 400 : 420, car ? 330 : 350, car ? 160 : 120, 40);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, car ? 24 : 16));
    g.drawString(demo.plate(), car ? 408 : 424, car ? 358 : 376);
    g.setColor(new Color(255, 220, 0));
    g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 18));
    g.drawString(demo.camera() + "  " + at + "  " + demo.type(), 16, 28);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", jpeg);
    return Base64.getEncoder().encodeToString(jpeg.toByteArray());
  }

  private static int count(String text, String what) {
    int count = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      count++;
    }
    return count;
  }
}
