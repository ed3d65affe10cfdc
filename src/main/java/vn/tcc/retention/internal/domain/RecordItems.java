package vn.tcc.retention.internal.domain;

import java.util.function.Consumer;

/**
 * The items of a deletion record, handed one by one in the record's order (read from the database
 * through a cursor for a purge run): a million of them are never one list.
 */
@FunctionalInterface
public interface RecordItems {
  void forEach(Consumer<DeletedItem> each);
}
