package vn.tcc.identity.internal.center;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Where the authentication center is and how TCC signs in to it: the agency account the Ministry
 * issued (agency id and its HMAC secret) and how long a lookup may take.
 *
 * <p>Read from system properties ({@code tcc.identity.url}, {@code tcc.identity.agencyId}, {@code
 * tcc.identity.secret}, {@code tcc.identity.timeoutSeconds}), else from the environment ({@code
 * TCC_IDENTITY_URL}, {@code TCC_IDENTITY_AGENCY_ID}, {@code TCC_IDENTITY_SECRET}, {@code
 * TCC_IDENTITY_TIMEOUT_SECONDS}), else the development defaults: the simulator of {@code bin/tcc}.
 */
public record IdentityCenterSettings(
    URI baseUri, String agencyId, String secret, Duration timeout) {
  private static final Logger LOG = Logger.getLogger(IdentityCenterSettings.class.getName());

  static final String DEV_URL = "http://127.0.0.1:8091";
  static final String DEV_AGENCY_ID = "CA-GIALAI-CSGT";

  /** The simulator's development secret; a warning is logged whenever it is in use. */
  static final String DEV_SECRET = "identity-center-dev-secret";

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public IdentityCenterSettings {
    Objects.requireNonNull(baseUri, "baseUri");
    if (baseUri.getScheme() == null || baseUri.getHost() == null) {
      throw new IllegalArgumentException(
          "The identity center URL must be absolute, like https://host:port");
    }
    if (agencyId == null || agencyId.isBlank() || secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("The identity center needs an agency id and a secret");
    }
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      timeout = DEFAULT_TIMEOUT;
    }
    String text = baseUri.toString();
    baseUri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  /** From the system properties and the environment of this JVM. */
  public static IdentityCenterSettings fromEnvironment() {
    return from(System::getProperty, System::getenv);
  }

  static IdentityCenterSettings from(
      UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String url = setting(properties, environment, "tcc.identity.url", "TCC_IDENTITY_URL", DEV_URL);
    String agency =
        setting(
            properties,
            environment,
            "tcc.identity.agencyId",
            "TCC_IDENTITY_AGENCY_ID",
            DEV_AGENCY_ID);
    String secret =
        setting(properties, environment, "tcc.identity.secret", "TCC_IDENTITY_SECRET", DEV_SECRET);
    String seconds =
        setting(
            properties,
            environment,
            "tcc.identity.timeoutSeconds",
            "TCC_IDENTITY_TIMEOUT_SECONDS",
            Long.toString(DEFAULT_TIMEOUT.toSeconds()));
    if (DEV_SECRET.equals(secret)) {
      LOG.warning(
          "TCC_IDENTITY_SECRET is not set: identity lookups are signed with the development secret"
              + " of the simulator");
    }
    Duration timeout;
    try {
      timeout = Duration.ofSeconds(Long.parseLong(seconds.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "TCC_IDENTITY_TIMEOUT_SECONDS must be a whole number of seconds", e);
    }
    return new IdentityCenterSettings(URI.create(url.strip()), agency.strip(), secret, timeout);
  }

  private static String setting(
      UnaryOperator<String> properties,
      UnaryOperator<String> environment,
      String property,
      String variable,
      String fallback) {
    String value = properties.apply(property);
    if (value == null || value.isBlank()) {
      value = environment.apply(variable);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Without the secret, so settings can be logged. */
  @Override
  public String toString() {
    return "IdentityCenterSettings[baseUri="
        + baseUri
        + ", agencyId="
        + agencyId
        + ", secret=***, timeout="
        + timeout
        + "]";
  }
}
