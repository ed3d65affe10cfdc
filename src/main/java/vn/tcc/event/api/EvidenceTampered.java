package vn.tcc.event.api;

/** A stored evidence file no longer has the SHA-256 recorded when it was captured. */
public class EvidenceTampered extends RuntimeException {
  public EvidenceTampered(String sha256, String found) {
    super("Evidence " + sha256 + " now hashes to " + found);
  }
}
