package vn.tcc.vms.internal.zoneminder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZoneMinderMediaTest {
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10};
  private static final byte[] MP4 = {0, 0, 0, 0x24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0};
  private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};
  private static final byte[] LOGIN_PAGE =
      "\n<!DOCTYPE html>\n<html lang=\"en\">".getBytes(StandardCharsets.UTF_8);

  @Test
  void media_is_recognised_by_its_first_bytes() {
    assertTrue(ZoneMinderMedia.isJpeg(JPEG));
    assertTrue(ZoneMinderMedia.isMp4(MP4));
    assertTrue(ZoneMinderMedia.isZip(ZIP));
    assertFalse(ZoneMinderMedia.isJpeg(MP4));
    assertFalse(ZoneMinderMedia.isMp4(JPEG));
    assertFalse(ZoneMinderMedia.isZip(JPEG));
  }

  @Test
  void zoneminders_empty_answers_and_login_page_are_not_media() {
    assertFalse(ZoneMinderMedia.isJpeg(new byte[0]));
    assertFalse(ZoneMinderMedia.isMp4(new byte[0]));
    assertFalse(ZoneMinderMedia.isJpeg(LOGIN_PAGE));
    assertTrue(ZoneMinderMedia.isHtml(LOGIN_PAGE));
    assertFalse(ZoneMinderMedia.isHtml(JPEG));
    assertFalse(ZoneMinderMedia.isHtml(new byte[0]));
  }
}
