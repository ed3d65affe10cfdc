package vn.tcc.vms.internal.zoneminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.tcc.vms.api.VmsEventRequest;

class ZoneMinderTriggerTest {

  @Test
  void the_line_zmtrigger_reads_ends_the_notes_with_a_blank() {
    assertEquals(
        "1|on+4|255|ANPR|plate=34ABC123 speed=92/70 |\n",
        ZoneMinderTrigger.message(
            "1",
            new VmsEventRequest("ANPR", "plate=34ABC123 speed=92/70", Duration.ofSeconds(4), 255)));
  }

  @Test
  void separators_and_line_breaks_cannot_inject_another_field_or_command() {
    String line =
        ZoneMinderTrigger.message(
            "2",
            new VmsEventRequest(
                "AN|PR", "plate=1|on+9|255|X\n3|on+1|1|Y|", Duration.ofSeconds(2), 10));

    assertEquals("2|on+2|10|AN PR|plate=1 on+9 255 X 3 on+1 1 Y |\n", line);
    assertEquals(1, line.chars().filter(c -> c == '\n').count());
    assertEquals(6, line.split("\\|", -1).length);
  }

  @Test
  void vietnamese_is_folded_to_ascii_because_zoneminder_keeps_bytes_as_question_marks() {
    assertEquals(
        "Vuot den do duong Tran Hung Dao",
        ZoneMinderTrigger.ascii("Vượt đèn đỏ đường Trần Hưng Đạo", 254));
    assertEquals("xe ? tai", ZoneMinderTrigger.ascii("xe \u4e2d tai", 254));
  }

  @Test
  void cause_and_notes_are_cut_to_what_zoneminder_keeps() {
    String line =
        ZoneMinderTrigger.message(
            "3", new VmsEventRequest("C".repeat(40), "n".repeat(300), Duration.ofSeconds(1), 1));
    String[] fields = line.split("\\|", -1);

    assertEquals(31, fields[3].length());
    assertEquals(255, fields[4].length());
    assertTrue(fields[4].endsWith(" "));
  }

  @Test
  void score_and_length_are_kept_in_what_zmtrigger_accepts() {
    assertEquals(
        "4|on+5|1|TCC||\n",
        ZoneMinderTrigger.message("4", new VmsEventRequest(null, null, null, 0)));
    assertEquals(
        "4|on+2|1|TCC||\n",
        ZoneMinderTrigger.message("4", new VmsEventRequest(" ", "", Duration.ofMillis(1500), -3)));
    assertEquals(
        "4|on+3600|7|X||\n",
        ZoneMinderTrigger.message("4", new VmsEventRequest("X", null, Duration.ofDays(1), 7)));
  }
}
