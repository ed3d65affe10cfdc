package vn.tcc.camera.internal.persistence;

import java.util.ArrayList;
import java.util.List;
import vn.tcc.camera.internal.domain.CameraFilter;

/**
 * The WHERE clause every camera read shares, so the list, the map, the export and the tiles can
 * never disagree about what a user may see. Tables are aliased {@code c} (camera), {@code o}
 * (owner).
 */
final class CameraSqlFilter {
  final String where;
  private final List<Object> parameters;

  private CameraSqlFilter(String where, List<Object> parameters) {
    this.where = where;
    this.parameters = parameters;
  }

  static CameraSqlFilter of(CameraFilter filter) {
    if (filter.scope() == null || filter.today() == null) {
      throw new IllegalStateException("Camera reads must be scoped to a jurisdiction and a day");
    }
    List<String> clauses = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (filter.scope().isProvince()) {
      clauses.add("(c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')");
      parameters.add(filter.scope().value());
      parameters.add(filter.scope().childrenLikePattern());
    } else {
      clauses.add("c.jurisdiction_code = ?");
      parameters.add(filter.scope().value());
    }
    if (filter.communeCode() != null) {
      clauses.add("c.jurisdiction_code = ?");
      parameters.add(filter.communeCode());
    }
    if (filter.ownerType() != null) {
      clauses.add("o.owner_type = ?");
      parameters.add(filter.ownerType().name());
    }
    if (filter.purpose() != null) {
      clauses.add("c.purposes @> CAST(ARRAY[?] AS varchar(24)[])");
      parameters.add(filter.purpose().name());
    }
    if (filter.status() != null) {
      clauses.add("c.status = ?");
      parameters.add(filter.status().name());
    }
    if (filter.health() != null) {
      clauses.add("c.health = ?");
      parameters.add(filter.health().name());
    }
    if (filter.conformity() != null) {
      var today = filter.today();
      var horizon = today.plusDays(CameraFilter.EXPIRING_WITHIN_DAYS);
      switch (filter.conformity()) {
        case MISSING -> clauses.add("c.certificate_expires_on IS NULL");
        case EXPIRED -> {
          clauses.add("c.certificate_expires_on < ?");
          parameters.add(today);
        }
        case EXPIRING -> {
          clauses.add("c.certificate_expires_on BETWEEN ? AND ?");
          parameters.add(today);
          parameters.add(horizon);
        }
        case VALID -> {
          clauses.add("c.certificate_expires_on > ?");
          parameters.add(horizon);
        }
      }
    }
    if (filter.text() != null) {
      // search_text is folded (no diacritics, lower case); fold the words the same way.
      clauses.add("c.search_text LIKE '%' || camera.fold(?) || '%' ESCAPE '!'");
      parameters.add(filter.text().replace("!", "!!").replace("%", "!%").replace("_", "!_"));
    }
    return new CameraSqlFilter(String.join(" AND ", clauses), parameters);
  }

  /**
   * The parameters of a statement whose {@code ?} are, in order: {@code before}, this filter's (in
   * {@link #where}), then {@code after}.
   */
  Object[] parameters(List<?> before, Object... after) {
    List<Object> all = new ArrayList<>(before.size() + parameters.size() + after.length);
    all.addAll(before);
    all.addAll(parameters);
    all.addAll(List.of(after));
    return all.toArray();
  }
}
