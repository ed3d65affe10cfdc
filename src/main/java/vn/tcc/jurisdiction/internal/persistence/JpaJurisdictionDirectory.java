package vn.tcc.jurisdiction.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.tcc.jurisdiction.api.JurisdictionBounds;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.jurisdiction.api.JurisdictionSummary;
import vn.tcc.jurisdiction.internal.domain.Jurisdiction;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

@ApplicationScoped
public class JpaJurisdictionDirectory implements JurisdictionDirectory {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<JurisdictionSummary> find(JurisdictionCode code) {
    return Optional.ofNullable(em.find(Jurisdiction.class, code.value()))
        .map(Jurisdiction::summary);
  }

  @Override
  public List<JurisdictionSummary> within(JurisdictionCode code) {
    return em.createQuery(
            "SELECT j FROM Jurisdiction j WHERE j.code = :code OR j.code LIKE :children ESCAPE '!'"
                + " ORDER BY CASE WHEN j.parentCode IS NULL THEN 0 ELSE 1 END, j.nameVi",
            Jurisdiction.class)
        .setParameter("code", code.value())
        .setParameter("children", code.childrenLikePattern())
        .getResultStream()
        .map(Jurisdiction::summary)
        .toList();
  }

  @Override
  public Optional<JurisdictionBounds> provinceBounds(JurisdictionCode code) {
    String province = code.isProvince() ? code.value() : code.value().split("\\.")[0];
    return Optional.ofNullable(em.find(Jurisdiction.class, province)).flatMap(Jurisdiction::bounds);
  }
}
