package vn.tcc.violation.internal.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The VietQR payment code of a fine: the national bank-transfer QR (NAPAS, on the EMVCo
 * merchant-presented QR format) that every Vietnamese banking app scans to prefill a transfer — the
 * beneficiary's bank (its 6-digit BIN) and account, the amount in đồng and the transfer's content,
 * here the notice number the payment gateway pays by.
 *
 * <p>The payload is a list of EMVCo fields, each {@code id (2 digits) + length (2 digits) + value}:
 * payload format {@code 00=01}, dynamic code {@code 01=12} (one amount, one payment), the NAPAS
 * merchant account {@code 38} (GUID {@code A000000727}, the beneficiary {@code 01} = BIN {@code 00}
 * + account {@code 01}, the service {@code 02=QRIBFTTA}: fast transfer to an account), currency
 * {@code 53=704} (VND), amount {@code 54}, country {@code 58=VN}, additional data {@code 62} with
 * the purpose of the transaction {@code 08}, and last the checksum {@code 63}: CRC-16/CCITT-FALSE
 * (polynomial 0x1021, initial 0xFFFF) over everything before it, {@code 6304} included, in 4
 * upper-case hex digits.
 */
public record VietQr(String bankBin, String accountNumber, long amountVnd, String purpose) {
  static final String NAPAS_GUID = "A000000727";
  static final String TRANSFER_TO_ACCOUNT = "QRIBFTTA";
  private static final Pattern BIN = Pattern.compile("\\d{6}");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{1,19}");
  // Banking apps show the content as typed; ASCII only, as transfer contents are in Vietnam.
  private static final Pattern PURPOSE = Pattern.compile("[A-Za-z0-9 .\\-/]{1,25}");

  /** EMVCo's amount field holds 13 characters. */
  static final long MAX_AMOUNT_VND = 9_999_999_999_999L;

  public VietQr {
    Objects.requireNonNull(bankBin, "bankBin");
    Objects.requireNonNull(accountNumber, "accountNumber");
    Objects.requireNonNull(purpose, "purpose");
    if (!BIN.matcher(bankBin).matches()) {
      throw new IllegalArgumentException("A bank BIN is 6 digits");
    }
    if (!ACCOUNT.matcher(accountNumber).matches()) {
      throw new IllegalArgumentException("An account number is 1 to 19 letters or digits");
    }
    if (amountVnd <= 0 || amountVnd > MAX_AMOUNT_VND) {
      throw new IllegalArgumentException("An amount is 1 to 13 digits of đồng");
    }
    if (!PURPOSE.matcher(purpose).matches()) {
      throw new IllegalArgumentException("A transfer content is 1 to 25 plain characters");
    }
  }

  /** The text the QR code carries, checksum included. */
  public String payload() {
    String beneficiary = field("00", bankBin) + field("01", accountNumber);
    String merchantAccount =
        field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", TRANSFER_TO_ACCOUNT);
    String body =
        field("00", "01")
            + field("01", "12")
            + field("38", merchantAccount)
            + field("53", "704")
            + field("54", Long.toString(amountVnd))
            + field("58", "VN")
            + field("62", field("08", purpose))
            + "6304";
    return body + crc16(body);
  }

  private static String field(String id, String value) {
    if (value.length() > 99) {
      throw new IllegalArgumentException("An EMVCo field holds at most 99 characters");
    }
    return id + String.format("%02d", value.length()) + value;
  }

  /** CRC-16/CCITT-FALSE of the text's bytes, as EMVCo's field 63 writes it. */
  public static String crc16(String text) {
    int crc = 0xFFFF;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      crc ^= (b & 0xFF) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xFFFF;
      }
    }
    return String.format("%04X", crc);
  }
}
