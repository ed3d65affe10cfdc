package vn.tcc.sharing.internal.domain;

import java.time.Instant;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * An organization, business or household that shares cameras under agreements. Its contact person
 * (name, phone, e-mail) is personal data: read only with a purpose, and audited.
 *
 * @param code the provider's code, also the {@code provider} attribute of its representative's
 *     account in Keycloak
 * @param cameraOwnerCode the camera registry's owner whose cameras it shares; may be null
 */
public record Provider(
    Long id,
    String code,
    ProviderKind kind,
    String name,
    JurisdictionCode jurisdiction,
    String taxCode,
    String cameraOwnerCode,
    ContactPerson contact,
    String createdBy,
    Instant createdAt) {

  /** The person who speaks for the provider. Personal data. */
  public record ContactPerson(String name, String phone, String email) {}

  public Provider withId(long storedId) {
    return new Provider(
        storedId,
        code,
        kind,
        name,
        jurisdiction,
        taxCode,
        cameraOwnerCode,
        contact,
        createdBy,
        createdAt);
  }
}
