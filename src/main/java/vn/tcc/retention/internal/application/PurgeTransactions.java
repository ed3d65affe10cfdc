package vn.tcc.retention.internal.application;

import java.util.function.Supplier;

/**
 * Where a purge's transactions begin and end, written in one place: a page of the plan, a chunk of
 * deletions with their outcomes, the end of a run with its record. Each {@link #inNew} commits on
 * return and rolls back on an exception.
 */
public interface PurgeTransactions {
  <T> T inNew(Supplier<T> work);
}
