package vn.tcc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PageTimerTest {
  @Test
  void percentiles_are_nearest_rank() {
    List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();
    assertEquals(95, PageTimer.percentile(hundred, 95));
    assertEquals(50, PageTimer.percentile(hundred, 50));
    assertEquals(7, PageTimer.percentile(List.of(7L), 95));
    assertEquals(0, PageTimer.percentile(List.of(), 95));
    assertEquals(20, PageTimer.percentile(List.of(1L, 2L, 3L, 20L), 95));
  }
}
