package vn.tcc.vms.internal.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsConnectionSettings;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.zoneminder.ZoneMinderAdapter;

/**
 * The adapter for each connection, built once per version of its settings (an adapter keeps its VMS
 * session token between calls), behind that connection's own circuit breaker and retries.
 */
@ApplicationScoped
public class VmsAdapters {
  @Inject VmsConnectionService connections;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(int version, VmsAdapter adapter) {}

  public VmsAdapter of(VmsConnection connection) {
    Cached cached = cache.get(connection.code());
    if (cached != null && cached.version() == connection.version()) {
      return cached.adapter();
    }
    VmsAdapter adapter =
        GuardedVmsAdapter.around(connection.code(), create(connections.settings(connection)));
    cache.put(connection.code(), new Cached(connection.version(), adapter));
    return adapter;
  }

  static VmsAdapter create(VmsConnectionSettings settings) {
    return switch (settings.product()) {
      case "ZONEMINDER" ->
          new ZoneMinderAdapter(
              settings,
              HttpClient.newBuilder()
                  .connectTimeout(
                      settings.timeout() == null ? Duration.ofSeconds(5) : settings.timeout())
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build());
      default -> throw new IllegalArgumentException("No adapter for " + settings.product());
    };
  }
}
