package vn.tcc.violation.internal.application;

import java.security.SecureRandom;

/**
 * The short code printed on a notice, which a recipient enters on the public page to see that the
 * notice is genuine: 10 random characters of Crockford's base32 (no I, L, O, U to misread), 50
 * bits, so codes cannot be guessed one after another. Grouped as {@code XXXX-XXXX-XX}.
 */
final class NoticeCode {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private NoticeCode() {}

  static String next() {
    StringBuilder code = new StringBuilder(12);
    for (int i = 0; i < 10; i++) {
      if (i == 4 || i == 8) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /** The code as typed: upper case, misread letters mapped, dashes and spaces ignored. */
  static String normalise(String typed) {
    if (typed == null) {
      return "";
    }
    StringBuilder plain = new StringBuilder();
    for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
      char read =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (new String(ALPHABET).indexOf(read) >= 0) {
        plain.append(read);
      }
    }
    if (plain.length() != 10) {
      return "";
    }
    return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
  }
}
