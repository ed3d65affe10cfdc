package vn.tcc.camera.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.tcc.camera.api.SiteDirectory;
import vn.tcc.camera.api.SiteSummary;
import vn.tcc.camera.internal.domain.Site;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

@ApplicationScoped
public class JpaSiteDirectory implements SiteDirectory {
  @PersistenceContext private EntityManager em;

  @Override
  public List<SiteSummary> within(JurisdictionCode jurisdiction) {
    return em.createQuery(
            "SELECT s FROM Site s WHERE s.jurisdictionCode = :code OR s.jurisdictionCode LIKE"
                + " :children ESCAPE '!' ORDER BY CASE WHEN s.parentCode IS NULL THEN 0 ELSE 1 END, s.kind, s.code",
            Site.class)
        .setParameter("code", jurisdiction.value())
        .setParameter("children", jurisdiction.childrenLikePattern())
        .getResultStream()
        .map(Site::summary)
        .toList();
  }
}
