package vn.tcc.camera.internal.web;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.internal.application.CameraQueries;
import vn.tcc.camera.internal.domain.CameraFilter;
import vn.tcc.camera.internal.domain.CameraMarker;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;

/**
 * The map page's marker data for the signed-in user (the page session, not a bearer token): {@code
 * {"count": n, "markers": [[code, name, lat, lon, health, status], ...]}}, compact because a
 * province has tens of thousands of cameras. Scoped to the user's jurisdiction like every read.
 */
@WebServlet("/camera/markers")
public class CameraMarkersServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject CameraQueries queries;
  @Inject CurrentRequest currentRequest;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = currentRequest.caller();
    if (caller.jurisdiction() == null) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    CameraFilter filter;
    try {
      filter =
          CameraFilter.criteria(
              request.getParameter("commune"),
              parse(OwnerType.class, request.getParameter("ownerType")),
              parse(CameraPurpose.class, request.getParameter("purpose")),
              parse(CameraStatus.class, request.getParameter("status")),
              parse(CameraHealth.class, request.getParameter("health")),
              parse(CameraFilter.Conformity.class, request.getParameter("conformity")),
              request.getParameter("q"));
    } catch (IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    List<CameraMarker> markers = queries.markers(caller, filter);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    try (JsonGenerator json = JSON.createGenerator(response.getWriter())) {
      json.writeStartObject().write("count", markers.size()).writeStartArray("markers");
      for (CameraMarker marker : markers) {
        json.writeStartArray()
            .write(marker.code())
            .write(marker.name())
            .write(marker.latitude())
            .write(marker.longitude())
            .write(marker.health().name())
            .write(marker.status().name())
            .writeEnd();
      }
      json.writeEnd().writeEnd();
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return value == null || value.isBlank()
        ? null
        : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
  }
}
