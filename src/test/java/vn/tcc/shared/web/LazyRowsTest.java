package vn.tcc.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tcc.shared.web.LazyRows.ColumnSort;

class LazyRowsTest {
  /** Stands for a view bean: its queries are method references, as in the views. */
  static final class Listing implements Serializable {
    private static final long serialVersionUID = 1L;
    long matching = 3;
    final List<String> asked = new ArrayList<>();

    long count() {
      return matching;
    }

    List<String> page(int first, int size, Optional<ColumnSort> sort) {
      asked.add(first + "+" + size + " " + sort.map(ColumnSort::toString).orElse("unsorted"));
      return List.of("row-a", "row-b");
    }

    LazyRows<String> rows() {
      return new LazyRows<>(this::count, this::page, row -> row.toUpperCase());
    }
  }

  @Test
  void passesThePageAsked() {
    Listing listing = new Listing();

    List<String> rows = listing.rows().load(50, 25, Map.of(), Map.of());

    assertEquals(List.of("row-a", "row-b"), rows);
    assertEquals(List.of("50+25 unsorted"), listing.asked);
  }

  @Test
  void sortsByTheFirstSortedColumnAndSkipsUnsortedOnes() {
    Listing listing = new Listing();
    Map<String, SortMeta> sortBy = new LinkedHashMap<>();
    sortBy.put("code", SortMeta.builder().field("code").order(SortOrder.UNSORTED).build());
    sortBy.put("name", SortMeta.builder().field("name").order(SortOrder.DESCENDING).build());
    sortBy.put("status", SortMeta.builder().field("status").order(SortOrder.ASCENDING).build());

    listing.rows().load(0, 10, sortBy, Map.of());

    assertEquals(List.of("0+10 " + new ColumnSort("name", false)), listing.asked);
  }

  @Test
  void countsWhatTheQueryCountsUpToTheLargestInt() {
    Listing listing = new Listing();
    LazyRows<String> rows = listing.rows();

    assertEquals(3, rows.count(Map.of()));
    listing.matching = 5_000_000_000L;
    assertEquals(Integer.MAX_VALUE, rows.count(Map.of()));
  }

  @Test
  void keysRowsWithTheKeyFunctionAndLooksNoneUp() {
    LazyRows<String> rows = new Listing().rows();

    assertEquals("ROW-A", rows.getRowKey("row-a"));
    assertNull(rows.getRowData("ROW-A"));
  }

  @Test
  void survivesTheViewScopesSerializationWithItsView() throws Exception {
    Listing listing = new Listing();
    listing.matching = 7;

    LazyRows<?> copy = roundTrip(listing.rows());

    assertEquals(7, copy.count(Map.of()));
  }

  private static LazyRows<?> roundTrip(LazyRows<?> rows)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(rows);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (LazyRows<?>) in.readObject();
    }
  }
}
