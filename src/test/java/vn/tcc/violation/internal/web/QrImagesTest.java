package vn.tcc.violation.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.tcc.violation.internal.domain.VietQr;

class QrImagesTest {

  @Test
  void the_image_scans_back_to_the_payment_code() throws Exception {
    String payload = new VietQr("970415", "TCCDEMO000168", 18_090_000, "TB-2026-000123").payload();

    String uri = QrImages.pngDataUri(payload);

    assertTrue(uri.startsWith("data:image/png;base64,"));
    byte[] png = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    assertEquals(payload, new QRCodeReader().decode(bitmap).getText());
    assertTrue(image.getWidth() <= 300, "fits a 360 px phone screen: " + image.getWidth());
  }
}
