package vn.tcc.event.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {
  @Test
  void full_pages_then_the_shorter_last_one() {
    List<List<Integer>> pages = new ArrayList<>();
    Pages.<Integer>of(
        2,
        each -> IntStream.range(0, 5).forEach(each::accept),
        page -> pages.add(List.copyOf(page)));
    assertEquals(List.of(List.of(0, 1), List.of(2, 3), List.of(4)), pages);
  }

  @Test
  void nothing_streamed_is_no_page_and_an_exact_fit_has_no_empty_last_page() {
    List<List<Integer>> pages = new ArrayList<>();
    Pages.<Integer>of(3, each -> {}, page -> pages.add(List.copyOf(page)));
    assertEquals(List.of(), pages);
    Pages.<Integer>of(
        2,
        each -> IntStream.range(0, 4).forEach(each::accept),
        page -> pages.add(List.copyOf(page)));
    assertEquals(List.of(List.of(0, 1), List.of(2, 3)), pages);
  }
}
