package vn.tcc.camera.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Stream;
import vn.tcc.camera.internal.domain.CameraExportRow;
import vn.tcc.camera.internal.domain.CameraFilter;
import vn.tcc.camera.internal.domain.CameraListRow;
import vn.tcc.camera.internal.domain.CameraListing;
import vn.tcc.camera.internal.domain.CameraMarker;
import vn.tcc.camera.internal.domain.CameraSort;
import vn.tcc.camera.internal.domain.CameraStatistics;
import vn.tcc.shared.security.Caller;

/**
 * Lists, map markers, tiles: always narrowed to the caller's jurisdiction, whatever the filter
 * asks. A filter on another commune than the caller's simply finds nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CameraQueries {
  @Inject CameraListing listing;
  @Inject CameraRegistryService registry;

  public CameraFilter scoped(Caller caller, CameraFilter filter) {
    if (caller.jurisdiction() == null) {
      throw new vn.tcc.shared.error.ProblemException(403, "problem.403.jurisdiction");
    }
    return new CameraFilter(
        caller.jurisdiction(),
        filter.communeCode(),
        filter.ownerType(),
        filter.purpose(),
        filter.status(),
        filter.health(),
        filter.conformity(),
        filter.text(),
        registry.today());
  }

  public long count(Caller caller, CameraFilter filter) {
    return listing.count(scoped(caller, filter));
  }

  public List<CameraListRow> page(
      Caller caller,
      CameraFilter filter,
      CameraSort sort,
      boolean ascending,
      int offset,
      int limit) {
    return listing.page(scoped(caller, filter), sort, ascending, offset, limit);
  }

  public List<CameraMarker> markers(Caller caller, CameraFilter filter) {
    return listing.markers(scoped(caller, filter));
  }

  public CameraStatistics statistics(Caller caller) {
    if (caller.jurisdiction() == null) {
      throw new vn.tcc.shared.error.ProblemException(403, "problem.403.jurisdiction");
    }
    return listing.statistics(
        scoped(caller, CameraFilter.within(caller.jurisdiction(), registry.today())));
  }

  /** Every matching camera through a cursor; call inside a transaction and close the stream. */
  public Stream<CameraExportRow> stream(Caller caller, CameraFilter filter) {
    return listing.stream(scoped(caller, filter));
  }
}
