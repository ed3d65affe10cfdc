package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PurgePlannerPageWriterTest {
  final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void pages_are_written_one_at_a_time_in_plan_order() {
    PurgePlanner.PageWriter pages = new PurgePlanner.PageWriter(pool);
    List<Integer> written = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger writing = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    for (int i = 0; i < 50; i++) {
      int page = i;
      pages.write(
          () -> {
            mostAtOnce.accumulateAndGet(writing.incrementAndGet(), Math::max);
            sleep();
            written.add(page);
            writing.decrementAndGet();
          });
    }
    pages.awaitLast();

    assertEquals(50, written.size());
    for (int i = 0; i < 50; i++) {
      assertEquals(i, written.get(i));
    }
    assertEquals(1, mostAtOnce.get());
  }

  @Test
  void a_page_that_failed_fails_the_plan_with_its_own_exception() {
    PurgePlanner.PageWriter pages = new PurgePlanner.PageWriter(pool);
    pages.write(
        () -> {
          throw new IllegalStateException("disk full");
        });

    IllegalStateException failed =
        assertThrows(IllegalStateException.class, () -> pages.write(() -> {}));
    assertEquals("disk full", failed.getMessage());
    pages.awaitLast(); // nothing left pending after the failure was reported
  }

  @Test
  void the_last_page_failing_fails_the_wait_at_the_end() {
    PurgePlanner.PageWriter pages = new PurgePlanner.PageWriter(pool);
    pages.write(() -> {});
    pages.write(
        () -> {
          throw new IllegalArgumentException("bad line");
        });

    assertThrows(IllegalArgumentException.class, pages::awaitLast);
  }

  private static void sleep() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
