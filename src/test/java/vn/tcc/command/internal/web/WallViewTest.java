package vn.tcc.command.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.command.internal.live.WallLayout;

class WallViewTest {
  @Test
  void a_wall_from_the_page_is_read_and_its_tiles_fitted_to_the_layout() {
    WallLayout wall =
        WallView.parse(
            "{\"layout\":4,\"tiles\":[\"GL-QN-0001\",null,\"bad code!\",\"GL-PK-0001\",\"extra\"],"
                + "\"tourCommune\":\"gl.quy_nhon\",\"tourSeconds\":15}");
    assertEquals(4, wall.layout());
    assertEquals(Arrays.asList("GL-QN-0001", null, null, "GL-PK-0001"), wall.tiles());
    assertEquals("GL.QUY_NHON", wall.tourCommune());
    assertEquals(15, wall.tourSeconds());
    assertEquals(WallLayout.sanitized(9, List.of(), null, null).tiles().size(), 9);
  }

  @Test
  void hostile_input_is_refused_not_an_error() {
    for (String state :
        Arrays.asList(
            null,
            "",
            "not json",
            "[]",
            "{\"layout\":5,\"tiles\":[]}",
            "{\"layout\":4.5,\"tiles\":[]}",
            "{\"layout\":1e999999999,\"tiles\":[]}",
            "{\"layout\":\"4\",\"tiles\":[]}",
            "{\"layout\":4,\"tiles\":{}}",
            "{\"layout\":4,\"tiles\":[" + "\"a\",".repeat(20) + "\"a\"]}",
            "{\"layout\":4,\"tiles\":[\"" + "x".repeat(100_000) + "\"]}")) {
      assertNull(
          WallView.parse(state),
          String.valueOf(state).substring(0, Math.min(40, String.valueOf(state).length())));
    }
  }

  @Test
  void a_tour_out_of_range_or_without_a_commune_is_off() {
    WallLayout wall =
        WallView.parse(
            "{\"layout\":1,\"tiles\":[\"A\\u0000B\"],\"tourCommune\":\"GL.X\",\"tourSeconds\":999999999999}");
    assertNull(wall.tourCommune());
    assertNull(wall.tourSeconds());
    assertEquals(Arrays.asList((String) null), wall.tiles());
  }
}
