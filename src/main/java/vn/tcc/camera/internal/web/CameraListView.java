package vn.tcc.camera.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import vn.tcc.camera.api.CameraPermissions;
import vn.tcc.camera.internal.application.CameraExport;
import vn.tcc.camera.internal.application.CameraQueries;
import vn.tcc.camera.internal.domain.CameraFilter;
import vn.tcc.camera.internal.domain.CameraListRow;
import vn.tcc.camera.internal.domain.CameraSort;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.jurisdiction.api.JurisdictionSummary;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.time.TccTime;
import vn.tcc.shared.web.LazyRows;
import vn.tcc.shared.web.LazyRows.ColumnSort;
import vn.tcc.shared.web.PageMessages;

/**
 * The camera list: filters (also taken from the address, so dashboard tiles can link to a filtered
 * list), server-side paging and sorting, column choice and export of the filtered set to Excel.
 */
@Named
@ViewScoped
public class CameraListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CameraQueries queries;
  @Inject CameraExport export;
  @Inject CurrentRequest currentRequest;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject Clock clock;

  private List<JurisdictionSummary> communes = List.of();
  private CameraFilterForm filters;
  private LazyDataModel<CameraListRow> cameras;

  @PostConstruct
  void init() {
    Caller caller = currentRequest.caller();
    if (caller.jurisdiction() != null) {
      communes =
          jurisdictions.within(caller.jurisdiction()).stream()
              .filter(j -> j.parent() != null)
              .toList();
    }
    filters = new CameraFilterForm(communes);
    cameras = new LazyRows<>(this::countCameras, this::cameraPage, CameraListRow::code);
  }

  public CameraFilter filter() {
    return filters.toFilter();
  }

  /** Applying the filters only needs the table to reload; the model reads the fields. */
  public void search() {}

  public void clear() {
    filters.clear();
  }

  public StreamedContent getExport() {
    Caller caller = currentRequest.caller();
    CameraFilter filter = filter();
    return DefaultStreamedContent.builder()
        .name(CameraExport.fileName(clock.instant()))
        .contentType(CameraExport.MEDIA_TYPE)
        .writer(
            out -> {
              try {
                export.write(caller, filter, out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  public boolean isEditor() {
    return CameraPermissions.mayEditCameras(currentRequest.caller());
  }

  public String communeName(String code) {
    return communes.stream()
        .filter(j -> j.code().value().equals(code))
        .findFirst()
        .map(j -> j.name(PageMessages.locale()))
        .orElse(code);
  }

  public CameraFilter.Conformity conformityOf(CameraListRow row) {
    return row.conformity(LocalDate.now(clock.withZone(TccTime.ZONE)));
  }

  private long countCameras() {
    return queries.count(currentRequest.caller(), filter());
  }

  private List<CameraListRow> cameraPage(int first, int size, Optional<ColumnSort> sort) {
    CameraSort by =
        sort.map(
                column ->
                    switch (column.field()) {
                      case "name" -> CameraSort.NAME;
                      case "commune" -> CameraSort.COMMUNE;
                      case "status" -> CameraSort.STATUS;
                      case "health" -> CameraSort.HEALTH;
                      case "certificateExpiresOn" -> CameraSort.CERTIFICATE_EXPIRY;
                      case "updatedAt" -> CameraSort.UPDATED;
                      default -> CameraSort.CODE;
                    })
            .orElse(CameraSort.CODE);
    boolean ascending = sort.map(ColumnSort::ascending).orElse(true);
    return queries.page(currentRequest.caller(), filter(), by, ascending, first, size);
  }

  public LazyDataModel<CameraListRow> getCameras() {
    return cameras;
  }

  public CameraFilterForm getFilters() {
    return filters;
  }
}
