package vn.tcc.vms.internal.zoneminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoneMinderNotesTest {

  @Test
  void a_single_trigger_gives_its_key_value_pairs() {
    assertEquals(
        Map.of("plate", "34ABC123", "speed", "92/70"),
        ZoneMinderNotes.attributes("ANPR", "ANPR: plate=34ABC123 speed=92/70"));
  }

  @Test
  void notes_glued_by_zoneminder_after_a_forced_alarm_are_cut_at_its_label() {
    // Recorded: a second trigger ("Speed") and an API alarm ("Forced Web") merged into an event.
    List<JsonObject> events = ZoneMinderJson.events(Fixtures.json("events-merged-triggers.json"));
    JsonObject merged = events.get(0);
    String notes = ZoneMinderJson.text(merged, "Notes");

    assertEquals(
        "ANPR: plate=11A11111 speed=50/60Forced Web: Speed: plate=22B22222 speed=99/60", notes);
    assertEquals(
        Map.of("plate", "11A11111", "speed", "50/60"),
        ZoneMinderNotes.attributes(ZoneMinderJson.text(merged, "Cause"), notes));
    assertEquals(
        List.of(
            new ZoneMinderNotes.Section("ANPR", "plate=11A11111 speed=50/60"),
            new ZoneMinderNotes.Section("Forced Web", ""),
            new ZoneMinderNotes.Section("Speed", "plate=22B22222 speed=99/60")),
        ZoneMinderNotes.sections("ANPR", notes));
  }

  @Test
  void the_section_of_the_events_cause_wins_over_other_triggers() {
    // Recorded: two ANPR triggers and a "Zebra" one merged; ZM sorts labels and texts.
    JsonObject merged = ZoneMinderJson.events(Fixtures.json("events-merged-triggers.json")).get(1);
    String notes = ZoneMinderJson.text(merged, "Notes");

    assertEquals(
        "ANPR: plate=33C33333 speed=50/60 , plate=55E55555 Bi?n s? xe Zebra: plate=44D44444 ",
        notes);
    assertEquals(
        Map.of("plate", "33C33333", "speed", "50/60"), ZoneMinderNotes.attributes("ANPR", notes));
    assertEquals(
        Map.of("plate", "44D44444", "speed", "50/60"), ZoneMinderNotes.attributes("Zebra", notes));
  }

  @Test
  void text_around_the_pairs_is_ignored() {
    assertEquals(
        Map.of("plate", "81A12345", "lane", "2"),
        ZoneMinderNotes.attributes(
            "ANPR", "Linked: Camera 2 ANPR: xe tai plate=81A12345, lane=2 (hinh ro)"));
  }

  @Test
  void no_notes_or_no_pairs_give_nothing() {
    assertEquals(Map.of(), ZoneMinderNotes.attributes("ANPR", null));
    assertEquals(Map.of(), ZoneMinderNotes.attributes("ANPR", "  "));
    assertEquals(Map.of(), ZoneMinderNotes.attributes(null, "Forced Web: "));
    assertEquals(Map.of(), ZoneMinderNotes.attributes("Motion", "Motion: All"));
    assertEquals(Map.of(), ZoneMinderNotes.attributes("ANPR", "ANPR: plate= speed="));
  }

  @Test
  void notes_without_a_label_are_read_too() {
    assertEquals(Map.of("plate", "51F99999"), ZoneMinderNotes.attributes(null, "plate=51F99999"));
  }
}
