package vn.tcc.event.internal.ingest;

import java.util.List;

/** The answer to a batch: counts and every item's outcome. */
public record BatchResult(int accepted, int duplicates, int rejected, List<ItemResult> items) {
  public BatchResult {
    items = List.copyOf(items);
  }

  public static BatchResult of(List<ItemResult> items) {
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    for (ItemResult item : items) {
      switch (item.outcome()) {
        case ACCEPTED -> accepted++;
        case DUPLICATE -> duplicates++;
        case REJECTED -> rejected++;
      }
    }
    return new BatchResult(accepted, duplicates, rejected, items);
  }
}
