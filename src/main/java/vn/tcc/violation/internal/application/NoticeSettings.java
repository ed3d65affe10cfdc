package vn.tcc.violation.internal.application;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import vn.tcc.reporting.api.ViolationNotice;

/**
 * Who issues notices and where recipients answer and check them: from the server's environment
 * ({@code TCC_NOTICE_*}), with the demo province's values when unset.
 */
final class NoticeSettings {
  private NoticeSettings() {}

  static final String DEMO_SUPERIOR = "CÔNG AN TỈNH GIA LAI";
  static final String DEMO_UNIT = "PHÒNG CẢNH SÁT GIAO THÔNG";
  static final String DEMO_SUPERIOR_EN = "GIA LAI PROVINCIAL POLICE";
  static final String DEMO_UNIT_EN = "TRAFFIC POLICE DIVISION";

  static ViolationNotice.IssuingUnit issuer() {
    return new ViolationNotice.IssuingUnit(
        setting("TCC_NOTICE_SUPERIOR", DEMO_SUPERIOR),
        setting("TCC_NOTICE_UNIT", DEMO_UNIT),
        setting("TCC_NOTICE_UNIT_ADDRESS", "267 Trần Hưng Đạo, phường Quy Nhơn, tỉnh Gia Lai"),
        setting("TCC_NOTICE_UNIT_PHONE", "0256 3822 247"),
        setting("TCC_NOTICE_PLACE", "Gia Lai"));
  }

  static ViolationNotice.Office office() {
    ViolationNotice.IssuingUnit unit = issuer();
    return new ViolationNotice.Office(
        setting("TCC_NOTICE_OFFICE", "Đội Xử lý vi phạm, " + unit.name().toLowerCase()),
        setting("TCC_NOTICE_OFFICE_ADDRESS", unit.address()),
        unit.phone());
  }

  static List<String> paymentMethods() {
    return List.of(
        "Nộp trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng số quyết định"
            + " xử phạt.",
        "Chuyển khoản vào tài khoản thu ngân sách nhà nước của Kho bạc Nhà nước ghi trong quyết"
            + " định xử phạt.",
        "Nộp trực tiếp tại Kho bạc Nhà nước hoặc ngân hàng thương mại được Kho bạc ủy nhiệm thu.",
        // The amount is known only at the penalty decision, so the code is on the check page.
        "Sau khi có quyết định xử phạt: quét mã QR hoặc nhập mã kiểm tra của thông báo này tại"
            + " trang tra cứu ghi dưới đây để nhận mã VietQR chuyển khoản đúng số tiền phải nộp, nội dung là số"
            + " thông báo.");
  }

  static String onlineResponse() {
    return setting(
        "TCC_NOTICE_ONLINE",
        "Giải quyết trực tuyến trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.");
  }

  /** The public page where a recipient checks a notice's code. */
  static URI verificationUrl() {
    return URI.create(
        setting("TCC_PUBLIC_URL", "http://localhost:8080/tcc") + "/public/notice.xhtml");
  }

  static ViolationNotice.Signatory signatory() {
    String name = setting("TCC_NOTICE_SIGNATORY", "");
    return name.isBlank()
        ? null
        : new ViolationNotice.Signatory(
            setting("TCC_NOTICE_SIGNATORY_POSITION", "TRƯỞNG PHÒNG"), name);
  }

  /**
   * The issuing body as the head of its notices names it, in Vietnamese or English. English names
   * come from {@code TCC_NOTICE_SUPERIOR_EN} and {@code TCC_NOTICE_UNIT_EN}; without them a
   * province that set its Vietnamese names shows those (the official names, as printed on the
   * notice in the recipient's hand) rather than the demo province's English ones.
   */
  static IssuingBody issuingBody(Function<String, String> environment, boolean english) {
    String superior = setting(environment, "TCC_NOTICE_SUPERIOR", DEMO_SUPERIOR);
    String unit = setting(environment, "TCC_NOTICE_UNIT", DEMO_UNIT);
    if (!english) {
      return new IssuingBody(superior, unit);
    }
    boolean demo = superior.equals(DEMO_SUPERIOR) && unit.equals(DEMO_UNIT);
    return new IssuingBody(
        setting(environment, "TCC_NOTICE_SUPERIOR_EN", demo ? DEMO_SUPERIOR_EN : superior),
        setting(environment, "TCC_NOTICE_UNIT_EN", demo ? DEMO_UNIT_EN : unit));
  }

  private static String setting(String name, String fallback) {
    return setting(System::getenv, name, fallback);
  }

  private static String setting(
      Function<String, String> environment, String name, String fallback) {
    String value = environment.apply(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
