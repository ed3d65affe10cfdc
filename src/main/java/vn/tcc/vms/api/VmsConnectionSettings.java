package vn.tcc.vms.api;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach one VMS: its base address, the account TCC uses, and the secret (kept encrypted in
 * the database, never shown back on a page or in the API).
 */
public record VmsConnectionSettings(
    String code, String product, URI baseUri, String username, String secret, Duration timeout) {

  @Override
  public String toString() {
    return "VmsConnectionSettings["
        + code
        + ", "
        + product
        + ", "
        + baseUri
        + ", "
        + username
        + "]";
  }
}
