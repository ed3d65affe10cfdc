package vn.tcc.violation.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tcc.shared.i18n.Messages;

/**
 * The case timeline in the reader's language. The lines TCC writes itself (the opening, deadlines,
 * payment, the dispute, the appeal's outcome) are stored in Vietnamese, as the case file is kept;
 * the page shows each known one through its bundle text, its figures and dates carried over. What a
 * person wrote (a reviewer's reason) is shown as he wrote it.
 */
final class TimelineWords {
  /** The actor of the lines TCC writes itself ({@code Caller.SYSTEM_CALLER}). */
  static final String SYSTEM_ACTOR = "system";

  private record Known(Pattern text, String key) {}

  private static final List<Known> KNOWN =
      List.of(
          known("Camera phát hiện vi phạm", "detected"),
          known("Hai kết quả xác minh không thống nhất", "disputed"),
          known("Đã nộp đủ tiền phạt", "paid"),
          known("Chấp nhận khiếu nại, huỷ xử phạt", "appealUpheldCloses"),
          known("Quá hạn xác định chủ phương tiện \\(hạn (.+)\\)", "identificationOverdue"),
          known(
              "Quá 20 ngày không phản hồi thông báo \\(hạn (.+)\\): cảnh báo cơ quan đăng ký xe"
                  + " và Công an cấp xã",
              "noResponseMotorbike"),
          known(
              "Quá 20 ngày không phản hồi thông báo \\(hạn (.+)\\): cảnh báo cơ quan đăng ký xe",
              "noResponse"),
          known("Quá hạn nộp phạt \\(hạn (.+)\\): tính tiền chậm nộp 0,05%/ngày", "paymentOverdue"),
          known("Mã truy cập (.+)", "ownerAccess"),
          known("Quyết định xử phạt (\\d+) đồng", "penalty"),
          known("Chấp nhận khiếu nại: (.*)", "appealUpheld"),
          known("Bác khiếu nại: (.*)", "appealRejected"));

  private TimelineWords() {}

  private static Known known(String regex, String key) {
    return new Known(Pattern.compile(regex, Pattern.DOTALL), "violation.timeline.note." + key);
  }

  /** A stored reason in the reader's words when TCC wrote it, else as written. */
  static String reason(String stored, Locale locale) {
    if (stored == null) {
      return null;
    }
    for (Known known : KNOWN) {
      Matcher match = known.text().matcher(stored);
      if (match.matches()) {
        Object[] args = new Object[match.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = match.group(i + 1);
        }
        return Messages.text(known.key(), locale, args);
      }
    }
    return stored;
  }

  /** Who made the line: TCC itself in the reader's words, a person by his name and account. */
  static String actor(String actor, String actorName, Locale locale) {
    if (SYSTEM_ACTOR.equals(actor)) {
      return Messages.text("violation.timeline.system", locale);
    }
    return actorName + " (" + actor + ")";
  }
}
