package vn.tcc.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {
  private static String key(int fill) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) fill);
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void sealed_data_opens_with_its_context_and_says_nothing_in_clear() {
    PersonalDataCipher cipher = PersonalDataCipher.fromSetting("k1:" + key(1));
    String owner = "{\"fullName\":\"Nguyễn Văn An\",\"idNumber\":\"052090001234\"}";
    String sealed = cipher.seal(owner, "case_owner:42");
    assertTrue(sealed.startsWith("tcc1:k1:"), sealed);
    assertFalse(sealed.contains("052090001234"));
    assertFalse(sealed.equals(cipher.seal(owner, "case_owner:42")), "a fresh iv each time");
    assertEquals(owner, cipher.open(sealed, "case_owner:42"));
  }

  @Test
  void a_value_moved_to_another_row_or_altered_does_not_open() {
    PersonalDataCipher cipher = PersonalDataCipher.fromSetting("k1:" + key(1));
    String sealed = cipher.seal("secret", "case_owner:42");
    assertThrows(IllegalStateException.class, () -> cipher.open(sealed, "case_owner:43"));
    String altered = sealed.substring(0, sealed.length() - 4) + "AAA=";
    assertThrows(IllegalStateException.class, () -> cipher.open(altered, "case_owner:42"));
  }

  @Test
  void rotation_a_new_key_first_seals_and_the_old_one_still_opens() {
    String old = PersonalDataCipher.fromSetting("k1:" + key(1)).seal("old row", "c");
    PersonalDataCipher rotated = PersonalDataCipher.fromSetting("k2:" + key(2) + ", k1:" + key(1));
    assertEquals("old row", rotated.open(old, "c"));
    assertTrue(rotated.seal("new row", "c").startsWith("tcc1:k2:"));
    PersonalDataCipher retired = PersonalDataCipher.fromSetting("k2:" + key(2));
    IllegalStateException gone =
        assertThrows(IllegalStateException.class, () -> retired.open(old, "c"));
    assertTrue(gone.getMessage().contains("k1"), gone.getMessage());
  }

  @Test
  void rows_written_before_encryption_stay_readable_and_bad_settings_are_refused() {
    PersonalDataCipher cipher = PersonalDataCipher.fromSetting(null);
    assertEquals("{\"plain\":true}", cipher.open("{\"plain\":true}", "c"));
    assertThrows(
        IllegalStateException.class,
        () ->
            PersonalDataCipher.fromSetting(
                "k1:" + Base64.getEncoder().encodeToString(new byte[16])));
    assertThrows(IllegalStateException.class, () -> PersonalDataCipher.fromSetting("no-colon"));
  }
}
