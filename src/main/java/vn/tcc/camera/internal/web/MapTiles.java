package vn.tcc.camera.internal.web;

/**
 * Where map tiles come from. Police networks reach no public tile server, so the default is none (a
 * blank base); a province that runs its own sets {@code TCC_MAP_TILE_URL}, e.g. {@code
 * https://tiles.example.gov.vn/{z}/{x}/{y}.png}, and {@code TCC_MAP_TILE_ATTRIBUTION}.
 */
final class MapTiles {
  private MapTiles() {}

  static String url() {
    String url = System.getenv("TCC_MAP_TILE_URL");
    return url == null ? "" : url.strip();
  }

  static String attribution() {
    String text = System.getenv("TCC_MAP_TILE_ATTRIBUTION");
    return text == null ? "" : text.strip();
  }
}
