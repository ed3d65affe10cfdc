package vn.tcc.reporting.internal.notice;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import vn.tcc.shared.media.QrCodes;

/**
 * The QR code printed on a notice that opens the public check page for it. Level Q (a quarter of
 * the code may be lost): a paper notice is folded, creased and photographed in poor light. Black
 * and white, one bit per pixel, with the quiet zone of four modules scanners need.
 */
public final class NoticeQr {
  /** Pixels per module: crisp when the image is drawn 25-30 mm wide, still a few kilobytes. */
  static final int MODULE_PIXELS = 8;

  private NoticeQr() {}

  public static BufferedImage image(String text) {
    return QrCodes.image(text, ErrorCorrectionLevel.Q, MODULE_PIXELS);
  }

  public static byte[] png(String text) {
    return QrCodes.png(text, ErrorCorrectionLevel.Q, MODULE_PIXELS);
  }
}
