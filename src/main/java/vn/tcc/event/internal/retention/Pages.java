package vn.tcc.event.internal.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Regroups rows streamed one by one into the pages a retention source hands the planner. */
final class Pages {
  private Pages() {}

  /**
   * Runs {@code stream}, handing each full page of {@code size} rows to {@code page}, then the
   * shorter last one. The list is reused: {@code page} must not keep it.
   */
  static <T> void of(int size, Consumer<Consumer<T>> stream, Consumer<List<T>> page) {
    List<T> rows = new ArrayList<>(size);
    stream.accept(
        row -> {
          rows.add(row);
          if (rows.size() == size) {
            page.accept(rows);
            rows.clear();
          }
        });
    if (!rows.isEmpty()) {
      page.accept(rows);
    }
  }
}
