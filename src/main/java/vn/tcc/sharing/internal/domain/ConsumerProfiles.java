package vn.tcc.sharing.internal.domain;

import java.util.List;
import java.util.Optional;

/** The consumer profiles, and which agreements name which consumer. */
public interface ConsumerProfiles {
  Optional<ConsumerProfile> find(String consumer);

  List<ConsumerProfile> all();

  /** Saves fields and activity if the stored version is still the profile's; false otherwise. */
  boolean save(ConsumerProfile profile);

  /** Names the consumer on the agreement; false when it was named already. */
  boolean addToAgreement(long agreementId, String consumer, String by, java.time.Instant at);

  /** The consumers an agreement names. */
  List<String> consumersOf(long agreementId);
}
