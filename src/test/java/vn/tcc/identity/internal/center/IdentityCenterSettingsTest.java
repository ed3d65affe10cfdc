package vn.tcc.identity.internal.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityCenterSettingsTest {
  @Test
  void without_configuration_it_is_the_simulator_of_bin_tcc() {
    IdentityCenterSettings settings = IdentityCenterSettings.from(name -> null, name -> null);

    assertEquals(URI.create("http://127.0.0.1:8091"), settings.baseUri());
    assertEquals("CA-GIALAI-CSGT", settings.agencyId());
    assertEquals(IdentityCenterSettings.DEV_SECRET, settings.secret());
    assertEquals(Duration.ofSeconds(10), settings.timeout());
  }

  @Test
  void system_properties_come_before_the_environment() {
    Map<String, String> properties =
        Map.of("tcc.identity.url", "https://xacthuc.example.gov.vn/api/");
    Map<String, String> environment =
        Map.of(
            "TCC_IDENTITY_URL", "http://ignored:1",
            "TCC_IDENTITY_AGENCY_ID", "CA-GIALAI-PC08",
            "TCC_IDENTITY_SECRET", "prod-secret",
            "TCC_IDENTITY_TIMEOUT_SECONDS", "4");

    IdentityCenterSettings settings =
        IdentityCenterSettings.from(properties::get, environment::get);

    assertEquals(URI.create("https://xacthuc.example.gov.vn/api"), settings.baseUri());
    assertEquals("CA-GIALAI-PC08", settings.agencyId());
    assertEquals("prod-secret", settings.secret());
    assertEquals(Duration.ofSeconds(4), settings.timeout());
  }

  @Test
  void the_secret_never_shows_in_its_text() {
    IdentityCenterSettings settings =
        new IdentityCenterSettings(
            URI.create("http://127.0.0.1:8091"), "CA-GIALAI-CSGT", "top-secret", null);

    assertFalse(settings.toString().contains("top-secret"), settings.toString());
    assertEquals(IdentityCenterSettings.DEFAULT_TIMEOUT, settings.timeout());
  }

  @Test
  void a_relative_url_or_a_missing_secret_is_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new IdentityCenterSettings(URI.create("/v1"), "A", "s", null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new IdentityCenterSettings(URI.create("http://h"), "A", " ", null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IdentityCenterSettings.from(
                name -> null, Map.of("TCC_IDENTITY_TIMEOUT_SECONDS", "ten")::get));
  }
}
