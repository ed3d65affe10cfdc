package vn.tcc.reporting.internal.notice;

import static vn.tcc.reporting.internal.notice.VietnameseFormat.upperCase;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import vn.tcc.reporting.api.ViolationNotice;

/**
 * What a notice of violation says, worded once for both formats: the Word and the PDF writer lay
 * out these parts in the same order and differ only in how they draw them.
 *
 * <p>The fixed wording is written here as constants, not in {@code messages_vi.properties}: the
 * notice is an official Vietnamese document whose wording is the form's, not the user's language,
 * so it has no English version to keep beside it (the bundles are kept key for key in both
 * languages), and one place for it keeps Word and PDF saying exactly the same thing.
 *
 * <p>Every text is in Unicode composed form (NFC), so that "ế" is one character: the PDF fonts draw
 * composed letters, and a decomposed "e" + marks from a copied address would print badly.
 */
public record NoticeContent(
    String superior,
    String unit,
    String number,
    String dateLine,
    Paragraph addressee,
    Paragraph addresseeAddress,
    Paragraph introduction,
    List<Fact> facts,
    byte[] photoJpeg,
    List<Paragraph> actions,
    Paragraph paymentIntroduction,
    List<String> paymentMethods,
    Paragraph paymentWarning,
    String verificationCode,
    String verificationUrl,
    String sha256,
    Paragraph contact,
    List<String> signatoryPosition,
    String signatoryName,
    String footer) {

  public static final String NATION = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  public static final String TITLE =
      "THÔNG BÁO VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG BỘ";
  public static final String SUBTITLE = "(Phát hiện qua phương tiện, thiết bị kỹ thuật nghiệp vụ)";
  public static final String PHOTO_HEADING = "HÌNH ẢNH VI PHẠM";
  public static final String NO_PHOTO = "KHÔNG CÓ ẢNH";
  public static final String NO_PHOTO_DETAIL = "Thông báo này không kèm hình ảnh vi phạm.";
  public static final String ACTION_HEADING = "YÊU CẦU";
  public static final String PAYMENT_HEADING = "NỘP TIỀN PHẠT";
  public static final String VERIFICATION_HEADING = "XÁC THỰC THÔNG BÁO VÀ CHỨNG CỨ";
  public static final String VERIFICATION_CODE_LABEL = "Mã tra cứu:";
  public static final String VERIFICATION_URL_LABEL = "Tra cứu tại:";
  public static final String VERIFICATION_HINT =
      "Truy cập địa chỉ trên và nhập mã tra cứu để kiểm tra thông báo này do cơ quan Công an"
          + " phát hành.";
  public static final String QR_CAPTION =
      "Quét mã QR bằng điện thoại để kiểm tra thông báo này và nhận mã nộp tiền phạt.";
  public static final String SHA256_LABEL = "Mã băm SHA-256 của dữ liệu chứng cứ gốc:";
  public static final String SHA256_HINT =
      "Dữ liệu chứng cứ gốc được lưu giữ tại cơ quan Công an; mã băm cho phép kiểm chứng dữ liệu"
          + " đó không bị thay đổi.";
  public static final String PUBLICATION =
      "Thông báo này được gửi đến chủ phương tiện và đồng thời được đăng tải trên trang thông tin"
          + " điện tử của lực lượng Cảnh sát giao thông.";
  public static final String PAGE = "Trang";

  public NoticeContent {
    facts = List.copyOf(facts);
    actions = List.copyOf(actions);
    paymentMethods = List.copyOf(paymentMethods);
    signatoryPosition = List.copyOf(signatoryPosition);
  }

  /** The content of {@code notice}, worded and formatted. */
  public static NoticeContent of(ViolationNotice notice) {
    ViolationNotice.IssuingUnit issuer = notice.issuer();
    ViolationNotice.Evidence evidence = notice.evidence();
    ViolationNotice.Signatory signatory = notice.signatory();
    return new NoticeContent(
        issuer.superior() == null ? null : nfc(upperCase(issuer.superior())),
        nfc(upperCase(issuer.name())),
        "Số: " + nfc(notice.noticeNumber()),
        nfc(
            VietnameseFormat.placeAndDate(
                issuer.placeOfIssue(), VietnameseFormat.dayInVietnam(notice.issuedAt()))),
        Paragraph.of(
            Span.strong("Kính gửi: "),
            Span.strong(nfc(notice.recipient().name())),
            Span.plain(" (chủ phương tiện)")),
        Paragraph.of(Span.plain("Địa chỉ: " + nfc(notice.recipient().address()))),
        Paragraph.of(
            Span.plain(
                nfc(issuer.name())
                    + " thông báo: qua phương tiện, thiết bị kỹ thuật nghiệp vụ, đã phát hiện"
                    + " phương tiện mang biển kiểm soát "),
            Span.strong(nfc(notice.plate())),
            Span.plain(
                " có hành vi vi phạm hành chính trong lĩnh vực trật tự, an toàn giao thông đường"
                    + " bộ, cụ thể như sau:")),
        facts(notice),
        evidence.photoJpeg(),
        actions(notice),
        Paragraph.plain(
            "Tiền phạt chỉ nộp sau khi có quyết định xử phạt vi phạm hành chính, trong thời hạn 10"
                + " ngày kể từ ngày nhận quyết định; quá thời hạn, mỗi ngày chậm nộp phải nộp thêm"
                + " 0,05% trên tổng số tiền phạt chưa nộp. Có thể nộp theo một trong các cách"
                + " sau:"),
        notice.paymentMethods().stream().map(NoticeContent::nfc).toList(),
        Paragraph.of(
            Span.note(
                "Lực lượng Cảnh sát giao thông không yêu cầu chuyển tiền vào tài khoản cá nhân"
                    + " và không thu tiền phạt qua điện thoại; hãy cảnh giác với các cuộc gọi, tin"
                    + " nhắn mạo danh.")),
        evidence.verificationCode(),
        evidence.verificationUrl().toString(),
        evidence.sha256(),
        Paragraph.plain(
            "Liên hệ: "
                + nfc(issuer.name())
                + ", địa chỉ: "
                + nfc(issuer.address())
                + (issuer.phone() == null ? "" : "; điện thoại: " + nfc(issuer.phone()))
                + "."),
        signatory == null
            ? List.of()
            : Arrays.stream(signatory.position().split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> nfc(upperCase(line)))
                .toList(),
        signatory == null ? null : nfc(signatory.name()),
        "Thông báo số " + nfc(notice.noticeNumber()));
  }

  private static List<Fact> facts(ViolationNotice notice) {
    List<Fact> facts = new ArrayList<>();
    facts.add(fact("Mã vụ việc", Span.plain(nfc(notice.caseNumber()))));
    facts.add(fact("Biển kiểm soát", Span.strong(nfc(notice.plate()))));
    facts.add(fact("Loại phương tiện", Span.plain(nfc(notice.vehicleClass()))));
    facts.add(
        fact(
            "Thời gian vi phạm",
            Span.plain(VietnameseFormat.dateTimeWithSeconds(notice.occurredAt()))));
    facts.add(fact("Địa điểm vi phạm", Span.plain(nfc(notice.place()))));
    facts.add(fact("Thiết bị phát hiện", Span.plain("Camera mã " + nfc(notice.cameraCode()))));
    ViolationNotice.Speed speed = notice.speed();
    if (speed != null) {
      facts.add(
          fact(
              "Tốc độ",
              Span.plain("Tốc độ đo được "),
              Span.strong(VietnameseFormat.kmh(speed.measuredKmh())),
              Span.plain(
                  "; tốc độ tối đa cho phép "
                      + VietnameseFormat.kmh(speed.limitKmh())
                      + "; vượt quá "
                      + VietnameseFormat.kmh(speed.excessKmh()))));
    }
    facts.add(fact("Hành vi vi phạm", Span.strong(nfc(notice.violation()))));
    facts.add(fact("Quy định tại", Span.plain(nfc(notice.legalReference()))));
    facts.add(fact("Mức phạt tiền theo quy định", Span.strong(fineRange(notice.fine()))));
    facts.add(fact("Trừ điểm giấy phép lái xe", Span.plain(points(notice.fine()))));
    facts.add(
        fact("Thời điểm lập thông báo", Span.plain(VietnameseFormat.dateTime(notice.issuedAt()))));
    return facts;
  }

  private static List<Paragraph> actions(ViolationNotice notice) {
    ViolationNotice.Office office = notice.respondAt();
    List<Span> first = new ArrayList<>();
    first.add(Span.plain("Trong thời hạn đến hết ngày "));
    first.add(Span.strong(VietnameseFormat.date(notice.respondBy())));
    first.add(
        Span.plain(", đề nghị chủ phương tiện và tổ chức, cá nhân có liên quan đến vi phạm đến "));
    first.add(Span.strong(nfc(office.name())));
    first.add(
        Span.plain(
            " (địa chỉ: "
                + nfc(office.address())
                + (office.phone() == null ? "" : "; điện thoại: " + nfc(office.phone()))
                + ") để giải quyết vụ việc"
                + (notice.onlineResponse() == null
                    ? ""
                    : ", hoặc giải quyết trực tuyến qua " + nfc(notice.onlineResponse()))
                + "."));
    return List.of(
        new Paragraph(first),
        Paragraph.plain(
            "Khi đến, đề nghị mang theo thông báo này, giấy tờ tùy thân và giấy tờ của phương"
                + " tiện."),
        Paragraph.plain(
            "Quá thời hạn trên mà không đến giải quyết, cơ quan Công an sẽ thông báo cho cơ quan"
                + " đăng ký xe (đối với xe mô tô, xe gắn máy, đồng thời thông báo cho Công an cấp"
                + " xã nơi chủ phương tiện cư trú) để cảnh báo theo quy định."));
  }

  /** "18.000.000 đồng", or "Từ 18.000.000 đồng đến 20.000.000 đồng" for a range. */
  static String fineRange(ViolationNotice.Fine fine) {
    if (fine.minVnd() == fine.maxVnd()) {
      return VietnameseFormat.money(fine.minVnd());
    }
    return "Từ "
        + VietnameseFormat.money(fine.minVnd())
        + " đến "
        + VietnameseFormat.money(fine.maxVnd());
  }

  static String points(ViolationNotice.Fine fine) {
    return fine.licencePoints() == 0 ? "Không" : fine.licencePoints() + " điểm";
  }

  private static Fact fact(String label, Span... value) {
    return new Fact(label, Paragraph.of(value));
  }

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * The check page with this notice's code filled in: what the QR code on the notice opens, so the
   * recipient sees the verdict (and, once the fine is decided, its payment code) without typing.
   */
  public String checkAddress() {
    return verificationUrl
        + (verificationUrl.contains("?") ? "&" : "?")
        + "code="
        + URLEncoder.encode(verificationCode, StandardCharsets.UTF_8);
  }

  public boolean hasPhoto() {
    return photoJpeg != null;
  }

  /** The photo's bytes as given: callers must not change them. */
  @Override
  public byte[] photoJpeg() {
    return photoJpeg;
  }

  /**
   * Every text both documents must show, heading to footer, each as one string: a check that the
   * two formats say the same thing walks this list.
   */
  public List<String> texts() {
    List<String> texts = new ArrayList<>();
    if (superior != null) {
      texts.add(superior);
    }
    texts.addAll(List.of(unit, number, NATION, MOTTO, dateLine, TITLE, SUBTITLE));
    texts.add(addressee.text());
    texts.add(addresseeAddress.text());
    texts.add(introduction.text());
    for (Fact fact : facts) {
      texts.add(fact.label());
      texts.add(fact.value().text());
    }
    texts.add(PHOTO_HEADING);
    if (!hasPhoto()) {
      texts.add(NO_PHOTO);
      texts.add(NO_PHOTO_DETAIL);
    }
    texts.add(ACTION_HEADING);
    actions.forEach(action -> texts.add(action.text()));
    texts.add(PAYMENT_HEADING);
    texts.add(paymentIntroduction.text());
    texts.addAll(paymentMethods);
    texts.add(paymentWarning.text());
    texts.addAll(
        List.of(
            VERIFICATION_HEADING,
            VERIFICATION_CODE_LABEL,
            verificationCode,
            VERIFICATION_URL_LABEL,
            verificationUrl,
            VERIFICATION_HINT,
            QR_CAPTION,
            SHA256_LABEL,
            sha256,
            SHA256_HINT));
    texts.add(contact.text());
    texts.add(PUBLICATION);
    texts.addAll(signatoryPosition);
    Stream.ofNullable(signatoryName).forEach(texts::add);
    texts.add(footer);
    return texts;
  }

  @Override
  public String toString() {
    return "NoticeContent[" + number + "]";
  }
}
