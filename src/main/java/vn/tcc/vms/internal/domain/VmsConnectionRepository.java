package vn.tcc.vms.internal.domain;

import java.util.List;
import java.util.Optional;

public interface VmsConnectionRepository {
  List<VmsConnection> all();

  Optional<VmsConnection> find(String code);

  Optional<byte[]> secretCiphertext(String code);

  void add(VmsConnectionDetails details, byte[] secretCiphertext);

  /** Saves the details; a null ciphertext keeps the stored secret. False when the version moved. */
  boolean update(
      String code, int expectedVersion, VmsConnectionDetails details, byte[] secretCiphertext);

  void recordPoll(String code, java.time.Instant at, String error);

  void moveEventCursor(String code, String lastEventId);
}
