package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * The center's deletion-record signing key, read once on first use:
 *
 * <pre>
 * TCC_SIGNING_KEYSTORE           a PKCS#12 file with the center's key and certificate (chain)
 * TCC_SIGNING_KEYSTORE_PASSWORD  its password (required with the keystore)
 * TCC_SIGNING_KEY_ALIAS          the key's alias; unset: the keystore's only key entry
 * TCC_SIGNING_DEV_ORGANIZATION   O= of the development certificate; default "Công an tỉnh Gia Lai"
 * </pre>
 *
 * Without a keystore, a development key is generated on first use in {@code
 * ${jboss.server.data.dir}/tcc-signing/} and reused after restarts (see {@link SigningKeyFiles}):
 * good for a demo, not for records anyone outside must trust.
 */
@ApplicationScoped
public class CenterSigningKey {
  private static final Logger LOG = Logger.getLogger(CenterSigningKey.class);
  static final String DEFAULT_ORGANIZATION = "Công an tỉnh Gia Lai";

  private SigningIdentity identity;

  /** The current key; the first call reads or generates it. */
  public synchronized SigningIdentity current() {
    if (identity == null) {
      identity = load(System::getenv, Clock.systemUTC());
    }
    return identity;
  }

  static SigningIdentity load(UnaryOperator<String> environment, Clock clock) {
    String keystore = setting(environment, "TCC_SIGNING_KEYSTORE");
    if (keystore != null) {
      String password = environment.apply("TCC_SIGNING_KEYSTORE_PASSWORD");
      if (password == null) {
        throw new IllegalStateException(
            "TCC_SIGNING_KEYSTORE is set without TCC_SIGNING_KEYSTORE_PASSWORD");
      }
      SigningIdentity installed =
          SigningKeyFiles.fromKeystore(
              Path.of(keystore),
              password.toCharArray(),
              setting(environment, "TCC_SIGNING_KEY_ALIAS"));
      LOG.infof(
          "Deletion records are signed by %s (certificate SHA-256 %s, valid until %s)",
          installed.certificate().getSubjectX500Principal(),
          installed.fingerprint(),
          installed.certificate().getNotAfter().toInstant());
      return installed;
    }
    Path directory = Path.of(System.getProperty("jboss.server.data.dir", "data"), "tcc-signing");
    String organization = setting(environment, "TCC_SIGNING_DEV_ORGANIZATION");
    SigningIdentity dev =
        SigningKeyFiles.devKey(
            directory, organization == null ? DEFAULT_ORGANIZATION : organization, clock.instant());
    LOG.warnf(
        "Deletion records are signed by the DEVELOPMENT key in %s (certificate SHA-256 %s);"
            + " install the center's key with TCC_SIGNING_KEYSTORE (README)",
        directory, dev.fingerprint());
    return dev;
  }

  private static String setting(UnaryOperator<String> environment, String name) {
    String value = environment.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
