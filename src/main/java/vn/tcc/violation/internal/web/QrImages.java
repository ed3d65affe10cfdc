package vn.tcc.violation.internal.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

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

  static byte[] png(String text) {
    BitMatrix matrix;
    try {
      // Level M, as banking apps print VietQR; the quiet zone of 4 modules the standard asks.
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
    } catch (WriterException tooLong) {
      throw new IllegalArgumentException("Too long for a QR code", tooLong);
    }
    int size = matrix.getWidth() * MODULE_PIXELS;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean dark = matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
        image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
