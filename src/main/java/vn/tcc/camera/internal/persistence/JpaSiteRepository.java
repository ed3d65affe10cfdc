package vn.tcc.camera.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.tcc.camera.api.SiteDirectory;
import vn.tcc.camera.api.SiteSummary;
import vn.tcc.camera.internal.domain.Site;
import vn.tcc.camera.internal.domain.SiteRepository;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

@ApplicationScoped
public class JpaSiteRepository implements SiteRepository, SiteDirectory {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Site> findByCode(String code) {
    return em.createQuery("SELECT s FROM Site s WHERE s.code = :code", Site.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Site> within(JurisdictionCode jurisdiction) {
    return em.createQuery(
            "SELECT s FROM Site s WHERE s.jurisdictionCode = :code OR s.jurisdictionCode LIKE"
                + " :children ESCAPE '!' ORDER BY CASE WHEN s.parentCode IS NULL THEN 0 ELSE 1"
                + " END, s.kind, s.code",
            Site.class)
        .setParameter("code", jurisdiction.value())
        .setParameter("children", jurisdiction.childrenLikePattern())
        .getResultList();
  }

  @Override
  public void add(Site site) {
    em.persist(site);
  }

  @Override
  public List<SiteSummary> sitesWithin(JurisdictionCode jurisdiction) {
    return within(jurisdiction).stream().map(Site::summary).toList();
  }
}
