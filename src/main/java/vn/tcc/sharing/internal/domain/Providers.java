package vn.tcc.sharing.internal.domain;

import java.util.List;
import java.util.Optional;

/** The stored providers (repository port). */
public interface Providers {
  /**
   * Stores a new provider.
   *
   * @throws SharingRuleException {@code sharing.provider.codeTaken} (409)
   */
  Provider add(Provider provider);

  Optional<Provider> byCode(String code);

  Optional<Provider> byId(long id);

  /** Every provider, by name; providers are hundreds, not millions. */
  List<Provider> all();

  /**
   * Encrypts the contacts still stored in plain (written before encryption, or by the demo's SQL);
   * answers how many were sealed.
   */
  int sealPlainContacts();
}
