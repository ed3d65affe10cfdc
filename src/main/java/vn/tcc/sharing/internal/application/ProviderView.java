package vn.tcc.sharing.internal.application;

import java.time.Instant;
import vn.tcc.sharing.internal.domain.Provider;

/**
 * A provider as shown: without its contact person unless read with a purpose ({@code contact} null
 * otherwise).
 */
public record ProviderView(
    String code,
    String kind,
    String name,
    String jurisdiction,
    String taxCode,
    String cameraOwnerCode,
    Provider.ContactPerson contact,
    Instant createdAt) {

  static ProviderView of(Provider provider, boolean withContact) {
    return new ProviderView(
        provider.code(),
        provider.kind().name(),
        provider.name(),
        provider.jurisdiction().value(),
        provider.taxCode(),
        provider.cameraOwnerCode(),
        withContact ? provider.contact() : null,
        provider.createdAt());
  }
}
