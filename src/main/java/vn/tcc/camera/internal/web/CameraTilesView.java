package vn.tcc.camera.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tcc.camera.internal.application.CameraQueries;
import vn.tcc.camera.internal.domain.CameraStatistics;
import vn.tcc.shared.security.CurrentRequest;

/** The dashboard's camera tiles: by status and health, offline now, conformity expiring. */
@Named
@RequestScoped
public class CameraTilesView {
  @Inject CameraQueries queries;
  @Inject CurrentRequest currentRequest;

  private CameraStatistics statistics;

  public CameraStatistics getStatistics() {
    if (statistics == null && currentRequest.caller().jurisdiction() != null) {
      statistics = queries.statistics(currentRequest.caller());
    }
    return statistics;
  }
}
