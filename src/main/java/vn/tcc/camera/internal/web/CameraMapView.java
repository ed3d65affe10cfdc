package vn.tcc.camera.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.jurisdiction.api.JurisdictionSummary;
import vn.tcc.shared.security.CurrentRequest;

/**
 * The camera map: every camera the user may see, clustered and coloured by health, with the list's
 * filters. The markers come from {@link CameraMarkersServlet}; the tile server is configured by
 * {@code TCC_MAP_TILE_URL} (a province runs its own), and without one the markers show on a blank
 * base.
 */
@Named
@ViewScoped
public class CameraMapView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CurrentRequest currentRequest;
  @Inject JurisdictionDirectory jurisdictions;

  private CameraFilterForm filters;

  @PostConstruct
  void init() {
    List<JurisdictionSummary> communes = List.of();
    if (currentRequest.caller().jurisdiction() != null) {
      communes =
          jurisdictions.within(currentRequest.caller().jurisdiction()).stream()
              .filter(j -> j.parent() != null)
              .toList();
    }
    filters = new CameraFilterForm(communes);
  }

  /** The filter as the query string the marker servlet reads. */
  public String getMarkerQuery() {
    return filters.toQuery();
  }

  public String getTileUrl() {
    return MapTiles.url();
  }

  public String getTileAttribution() {
    return MapTiles.attribution();
  }

  public void search() {}

  public void clear() {
    filters.clear();
  }

  public CameraFilterForm getFilters() {
    return filters;
  }
}
