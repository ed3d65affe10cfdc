package vn.tcc.event.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventTimeTest {

  @Test
  void reads_the_common_shape_as_the_iso_formatter_does() {
    for (String text :
        List.of(
            "2026-11-21T08:15:30+07:00",
            "2026-11-21T08:15:30.1+07:00",
            "2026-11-21T08:15:30.120+07:00",
            "2026-11-21T08:15:30.123456789-03:30",
            "2026-11-21T23:59:59.999Z",
            "2024-02-29T00:00:00+00:00",
            "2026-01-01T00:00:00-18:00")) {
      assertEquals(OffsetDateTime.parse(text), EventTime.parse(text), text);
    }
    assertEquals(
        OffsetDateTime.of(2026, 11, 21, 8, 15, 30, 120_000_000, ZoneOffset.ofHours(7)),
        EventTime.parse("2026-11-21T08:15:30.120+07:00"));
  }

  @Test
  void leaves_other_iso_shapes_to_the_formatter() {
    for (String text : List.of("2026-11-21T08:15+07:00", "2026-11-21t08:15:30+07:00")) {
      assertEquals(OffsetDateTime.parse(text), EventTime.parse(text), text);
    }
  }

  @Test
  void refuses_what_is_no_time_with_an_offset() {
    for (String text :
        List.of(
            "2026-02-30T08:15:30+07:00",
            "2026-11-21T24:00:00+07:00",
            "2026-11-21T08:60:00+07:00",
            "2026-11-21T08:15:60+07:00",
            "2026-11-21T08:15:30+19:00",
            "2026-11-21T08:15:30+07:60",
            "2026-11-21T08:15:30.1234567890+07:00",
            "2026-11-21T08:15:30",
            "2026-11-21T08:15:30+0700x",
            "2026-11-21 08:15:30+07:00",
            "２０２６-11-21T08:15:30+07:00",
            "")) {
      assertThrows(DateTimeParseException.class, () -> EventTime.parse(text), text);
    }
  }

  @Test
  void agrees_with_the_formatter_on_mangled_times() {
    Random random = new Random(20_261_203L);
    String base = "2026-11-21T08:15:30.120+07:00";
    String alphabet = "0123456789:-+.TZ ";
    for (int i = 0; i < 20_000; i++) {
      char[] text = base.toCharArray();
      for (int k = 0; k < 1 + random.nextInt(3); k++) {
        text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String mangled = new String(text);
      Object expected = outcome(() -> OffsetDateTime.parse(mangled));
      assertEquals(expected, outcome(() -> EventTime.parse(mangled)), mangled);
    }
  }

  private static Object outcome(java.util.function.Supplier<OffsetDateTime> parse) {
    try {
      return parse.get();
    } catch (DateTimeParseException refused) {
      return "refused";
    }
  }
}
