package vn.tcc.shared.media;

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
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes as images: black and white, one bit per pixel, with the quiet zone of four modules
 * scanners need. The caller picks how much of the code may be lost (VietQR on a screen: M; a folded
 * paper notice: Q) and how many pixels a module takes.
 */
public final class QrCodes {
  private QrCodes() {}

  /**
   * The code of {@code text}, {@code modulePixels} pixels a module.
   *
   * @throws IllegalArgumentException when the text is too long for a QR code
   */
  public static BufferedImage image(String text, ErrorCorrectionLevel level, int modulePixels) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints(text, level));
    } catch (WriterException tooLong) {
      throw new IllegalArgumentException("Too long for a QR code", tooLong);
    }
    int size = matrix.getWidth() * modulePixels;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean dark = matrix.get(x / modulePixels, y / modulePixels);
        image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
      }
    }
    return image;
  }

  /**
   * The level and the quiet zone; UTF-8 only for text beyond ASCII, because naming a character set
   * adds an ECI header some readers (banking apps reading VietQR) do not expect.
   */
  private static Map<EncodeHintType, Object> hints(String text, ErrorCorrectionLevel level) {
    boolean ascii = text.chars().allMatch(c -> c < 128);
    return ascii
        ? Map.of(EncodeHintType.ERROR_CORRECTION, level, EncodeHintType.MARGIN, 4)
        : Map.of(
            EncodeHintType.ERROR_CORRECTION,
            level,
            EncodeHintType.MARGIN,
            4,
            EncodeHintType.CHARACTER_SET,
            "UTF-8");
  }

  /** {@link #image} as PNG bytes. */
  public static byte[] png(String text, ErrorCorrectionLevel level, int modulePixels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try {
      ImageIO.write(image(text, level, modulePixels), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
