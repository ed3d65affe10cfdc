package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** {@link PurgeTransactions} as container transactions, each its own (REQUIRES_NEW). */
@ApplicationScoped
public class JtaPurgeTransactions implements PurgeTransactions {
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNew(Supplier<T> work) {
    return work.get();
  }
}
