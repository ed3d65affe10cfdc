package vn.tcc.retention.internal.application;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The center's signing key and its certificate chain (the signer's certificate first, then the
 * certificates that issued it, when the keystore holds them).
 */
public record SigningIdentity(PrivateKey key, List<X509Certificate> chain) {
  public SigningIdentity {
    Objects.requireNonNull(key, "key");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("A signing key comes with its certificate");
    }
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** SHA-256 of the signer certificate's DER, lower-case hex. */
  public String fingerprint() {
    return Digests.fingerprint(certificate());
  }
}
