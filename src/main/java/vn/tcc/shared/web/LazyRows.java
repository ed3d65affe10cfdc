package vn.tcc.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of a lazy PrimeFaces table, read from the server a page at a time: the table asks for
 * the count once per load, then for the page. The filters are the view's own fields, which the
 * view's queries read when called, so applying them only needs the table to reload; PrimeFaces'
 * column filters are not used.
 *
 * <p>The queries are method references of the view bean; they are {@link Serializable} so that the
 * model (and the view it captures) survives the view scope's serialization, as the view's inner
 * classes did before.
 */
public final class LazyRows<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  private final RowCount count;
  private final RowPage<T> page;
  private final RowKey<T> key;

  public LazyRows(RowCount count, RowPage<T> page, RowKey<T> key) {
    this.count = count;
    this.page = page;
    this.key = key;
  }

  /** How many rows match now; the table cannot page past {@link Integer#MAX_VALUE}. */
  @FunctionalInterface
  public interface RowCount extends Serializable {
    long count();
  }

  /** The rows from {@code first}, at most {@code size}, in the order of the sorted column. */
  @FunctionalInterface
  public interface RowPage<T> extends Serializable {
    List<T> rows(int first, int size, Optional<ColumnSort> sort);
  }

  /** The value that tells a row from the others on the page. */
  @FunctionalInterface
  public interface RowKey<T> extends Serializable {
    String of(T row);
  }

  /** The column the user sorted the table by (its {@code field}), and which way. */
  public record ColumnSort(String field, boolean ascending) implements Serializable {
    /** The first sorted column; TCC's queries sort by one column. */
    static Optional<ColumnSort> first(Map<String, SortMeta> sortBy) {
      return sortBy.values().stream()
          .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
          .findFirst()
          .map(meta -> new ColumnSort(meta.getField(), meta.getOrder() == SortOrder.ASCENDING));
    }
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, count.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return page.rows(first, pageSize, ColumnSort.first(sortBy));
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  /** TCC's lazy tables select no rows, so no row is looked up by its key. */
  @Override
  public T getRowData(String rowKey) {
    return null;
  }
}
