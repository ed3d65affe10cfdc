package vn.tcc.violation.internal.application;

import java.util.Locale;

/**
 * The body that issues notices, named as at the head of the notice ("CÔNG AN TỈNH GIA LAI" over
 * "PHÒNG CẢNH SÁT GIAO THÔNG"): the public check page shows it so a citizen sees whose page it is.
 * From the same settings as the notices ({@code TCC_NOTICE_SUPERIOR}, {@code TCC_NOTICE_UNIT}),
 * with their English names beside them.
 *
 * @param superior the body above the unit; the first line
 * @param unit the issuing unit itself; the second, bold line
 */
public record IssuingBody(String superior, String unit) {

  /** As configured on this server, in English for English and in Vietnamese otherwise. */
  public static IssuingBody configured(Locale locale) {
    return NoticeSettings.issuingBody(System::getenv, "en".equals(locale.getLanguage()));
  }
}
