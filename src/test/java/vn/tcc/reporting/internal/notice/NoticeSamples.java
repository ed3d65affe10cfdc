package vn.tcc.reporting.internal.notice;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import vn.tcc.reporting.api.ViolationNotice;
import vn.tcc.reporting.api.ViolationNotice.Evidence;
import vn.tcc.reporting.api.ViolationNotice.Fine;
import vn.tcc.reporting.api.ViolationNotice.IssuingUnit;
import vn.tcc.reporting.api.ViolationNotice.Office;
import vn.tcc.reporting.api.ViolationNotice.Recipient;
import vn.tcc.reporting.api.ViolationNotice.Signatory;
import vn.tcc.reporting.api.ViolationNotice.Speed;

/** Notices for the tests: a red-light car case with photo and speed-free, and variations. */
public final class NoticeSamples {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  public static final String SHA256 =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  public static final String CODE = "7KQ2-M9XD-4F";
  public static final String URL = "https://tcc.example/tcc/tra-cuu-thong-bao";
  public static final String RECIPIENT = "Nguyễn Thị Ánh Hồng";
  public static final String PLATE = "81A-123.45";
  public static final String VIOLATION = "Không chấp hành hiệu lệnh của đèn tín hiệu giao thông";
  public static final String LEGAL_REFERENCE = "Điểm b khoản 9 Điều 6 Nghị định 168/2024/NĐ-CP";

  /** 21/11/2026 08:15:30 in Vietnam. */
  public static final Instant OCCURRED = Instant.parse("2026-11-21T01:15:30Z");

  /** 24/11/2026 09:40 in Vietnam. */
  public static final Instant ISSUED = Instant.parse("2026-11-24T02:40:00Z");

  private NoticeSamples() {}

  /** A car that ran a red light at a junction in Quy Nhơn, with a photo. */
  public static ViolationNotice redLight() {
    return redLight(jpeg(1280, 720));
  }

  public static ViolationNotice redLight(byte[] photo) {
    return new ViolationNotice(
        new IssuingUnit(
            "Công an tỉnh Gia Lai",
            "Phòng Cảnh sát giao thông Công an tỉnh Gia Lai",
            "Số 15 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai",
            "0269 3824 113",
            "Gia Lai"),
        "TB-2026-000123",
        "VV-2026-004567",
        ISSUED,
        new Recipient(RECIPIENT, "Số 27 đường Nguyễn Huệ, phường Quy Nhơn, tỉnh Gia Lai"),
        PLATE,
        "Xe ô tô",
        VIOLATION,
        OCCURRED,
        "Ngã tư Lê Lợi – Trần Hưng Đạo, phường Quy Nhơn, tỉnh Gia Lai",
        "GL-QN-0001",
        null,
        LEGAL_REFERENCE,
        new Fine(18_000_000, 20_000_000, 4),
        LocalDate.of(2026, 12, 14),
        new Office(
            "Đội Cảnh sát giao thông đường bộ số 2, Phòng Cảnh sát giao thông",
            "Số 2 Nguyễn Tất Thành, phường Quy Nhơn, tỉnh Gia Lai",
            "0256 3822 113"),
        "Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc ứng dụng VNeID",
        List.of(
            "Nộp trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), mục Thanh toán"
                + " vi phạm hành chính giao thông.",
            "Chuyển khoản vào tài khoản của Kho bạc Nhà nước ghi trong quyết định xử phạt, nội dung"
                + " ghi số quyết định.",
            "Nộp trực tiếp tại Kho bạc Nhà nước, ngân hàng thương mại được ủy nhiệm thu hoặc tại đơn"
                + " vị ra quyết định xử phạt."),
        new Evidence(photo, SHA256, CODE, URI.create(URL)),
        new Signatory("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Thượng tá Trần Văn Bình"));
  }

  /** Speeding on a national road: 78,5 km/h where 60 is allowed. */
  public static ViolationNotice speeding() {
    ViolationNotice base = redLight();
    return new ViolationNotice(
        base.issuer(),
        "TB-2026-000124",
        "VV-2026-004568",
        base.issuedAt(),
        base.recipient(),
        base.plate(),
        base.vehicleClass(),
        "Điều khiển xe chạy quá tốc độ quy định từ 10 km/h đến 20 km/h",
        base.occurredAt(),
        "Quốc lộ 19, km 12+300, xã Tuy Phước, tỉnh Gia Lai",
        "GL-TP-0007",
        new Speed(new BigDecimal("78.5"), new BigDecimal("60")),
        "Điểm a khoản 5 Điều 6 Nghị định 168/2024/NĐ-CP",
        new Fine(4_000_000, 6_000_000, 2),
        base.respondBy(),
        base.respondAt(),
        base.onlineResponse(),
        base.paymentMethods(),
        base.evidence(),
        base.signatory());
  }

  /** The red-light notice with other recipient, place, photo and signatory. */
  public static ViolationNotice redLight(
      Recipient recipient, String place, byte[] photo, Signatory signatory) {
    ViolationNotice base = redLight();
    return new ViolationNotice(
        base.issuer(),
        base.noticeNumber(),
        base.caseNumber(),
        base.issuedAt(),
        recipient,
        base.plate(),
        base.vehicleClass(),
        base.violation(),
        base.occurredAt(),
        place,
        base.cameraCode(),
        base.speed(),
        base.legalReference(),
        base.fine(),
        base.respondBy(),
        base.respondAt(),
        base.onlineResponse(),
        base.paymentMethods(),
        new Evidence(photo, SHA256, CODE, URI.create(URL)),
        signatory);
  }

  /** A JPEG that looks a little like a camera frame: a road, a car, a plate and a time stamp. */
  public static byte[] jpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setPaint(new GradientPaint(0, 0, new Color(70, 90, 110), 0, height, new Color(60, 60, 60)));
      g.fillRect(0, 0, width, height);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(Math.max(2, width / 200f)));
      for (int i = 1; i < 4; i++) {
        g.drawLine(width * i / 4, height / 3, width * i / 4 + (i - 2) * width / 6, height);
      }
      g.setColor(new Color(180, 30, 30));
      g.fillRoundRect(width * 2 / 5, height / 2, width / 5, height / 4, 20, 20);
      g.setColor(Color.WHITE);
      g.fillRect(width * 9 / 20, height * 2 / 3, width / 10, height / 16);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, height / 28)));
      g.drawString(PLATE, width * 9 / 20 + 4, height * 2 / 3 + height / 20);
      g.setColor(Color.YELLOW);
      g.drawString("GL-QN-0001  2026-11-21 08:15:30", 10, Math.max(12, height / 20));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "jpg", out)) {
        throw new IllegalStateException("No JPEG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Runs of white space as one space, so that texts compare across line breaks. */
  public static String squeezed(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
