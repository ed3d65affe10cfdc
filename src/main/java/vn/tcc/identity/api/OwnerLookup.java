package vn.tcc.identity.api;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The center's answer to one {@link IdentityRequest}: the registered vehicle and, of its owner,
 * only the fields that were asked for (a field the center has no value for is absent).
 *
 * <p>{@code accessId} is the center's unique identifier of this access (e.g. {@code
 * TT-20261121-000123}); TCC keeps it with the case and in the audit trail so either side can trace
 * the access. {@code replayed} is true when the center recognised the access request id and
 * answered the earlier access again, without counting a new one.
 */
public record OwnerLookup(
    String accessId,
    UUID accessRequestId,
    RegisteredVehicle vehicle,
    Map<IdentityField, String> owner,
    Instant answeredAt,
    boolean replayed) {
  public OwnerLookup {
    Objects.requireNonNull(accessId, "accessId");
    Objects.requireNonNull(accessRequestId, "accessRequestId");
    Objects.requireNonNull(vehicle, "vehicle");
    Objects.requireNonNull(answeredAt, "answeredAt");
    owner =
        owner.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<IdentityField, String>(owner));
  }

  /** The value of one field of the owner, if it was asked for and the center has it. */
  public Optional<String> field(IdentityField field) {
    return Optional.ofNullable(owner.get(field));
  }
}
