package vn.tcc.shared.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider, looked up once. {@code jakarta.json.Json.createXxx()} looks the provider
 * up through the service loader on every call; on WildFly's module class loader that cost more than
 * the rest of event ingestion together (measured: see benchmarks/event-ingestion.md).
 */
public final class JsonFactory {
  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonFactory() {}
}
