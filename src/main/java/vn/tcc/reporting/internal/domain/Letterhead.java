package vn.tcc.reporting.internal.domain;

import java.util.regex.Pattern;

/**
 * What the provincial synthesis prints as its sender (Decree 30/2020 layout): the superior body and
 * the issuing body above the number, the number's suffix (12/BC-CAT) and the signer's title. Set by
 * the deployment (ReportingSettings); the defaults are the Gia Lai provincial police's.
 *
 * @param signerTitle one line per row of the signature block's title
 */
public record Letterhead(
    String superior, String issuingBody, String signerTitle, String numberSuffix) {
  /** A suffix as the document register writes it: capitals, digits and dashes. */
  public static final Pattern SUFFIX = Pattern.compile("[A-ZĐ0-9][A-ZĐ0-9-]{0,19}");

  public static final Letterhead DEFAULT =
      new Letterhead(
          "CÔNG AN TỈNH GIA LAI",
          "Phòng Cảnh sát giao thông",
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
          "BC-CAT");

  public Letterhead {
    if (superior == null || superior.isBlank() || issuingBody == null || issuingBody.isBlank()) {
      throw new IllegalArgumentException("A letterhead needs its superior and issuing bodies");
    }
    if (signerTitle == null || signerTitle.isBlank()) {
      throw new IllegalArgumentException("A letterhead needs the signer's title");
    }
    if (numberSuffix == null || !SUFFIX.matcher(numberSuffix).matches()) {
      throw new IllegalArgumentException("Not a number suffix: " + numberSuffix);
    }
  }

  /** "12/BC-CAT": the year's sequence number and the suffix. */
  public String number(int sequence) {
    return sequence + "/" + numberSuffix;
  }
}
