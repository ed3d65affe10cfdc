package vn.tcc.violation.internal.web;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Base64;
import vn.tcc.shared.media.QrCodes;

/**
 * A QR code as a PNG, written into the page itself ({@code data:} address): no second request, so
 * the code is shown by the same audited read of the case or notice as the rest of the page.
 */
final class QrImages {
  /** Pixels per module: a VietQR (about 41 modules with its margin) is ≈ 250 px wide. */
  static final int MODULE_PIXELS = 6;

  private QrImages() {}

  static String pngDataUri(String text) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
  }

  /** Level M, as banking apps print VietQR. */
  static byte[] png(String text) {
    return QrCodes.png(text, ErrorCorrectionLevel.M, MODULE_PIXELS);
  }
}
