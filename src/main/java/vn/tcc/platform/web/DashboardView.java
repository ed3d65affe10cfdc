package vn.tcc.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tcc.camera.api.SiteDirectory;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.camera.api.SiteSummary;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.jurisdiction.api.JurisdictionSummary;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;

/**
 * The landing page: the user's jurisdiction, the communes/wards in it and the camera centers that
 * serve them. Tiles for cameras, cases and reports join as those modules arrive.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CurrentRequest currentRequest;
  @Inject JurisdictionDirectory jurisdictionDirectory;
  @Inject SiteDirectory siteDirectory;
  @Inject Clock clock;

  private List<JurisdictionSummary> jurisdictions = List.of();
  private List<SiteSummary> sites = List.of();
  private Map<String, JurisdictionSummary> byCode = Map.of();
  private Map<String, Long> sitesPerCommune = Map.of();

  @PostConstruct
  void init() {
    Caller caller = currentRequest.caller();
    if (caller.jurisdiction() == null) {
      return;
    }
    jurisdictions = jurisdictionDirectory.within(caller.jurisdiction());
    byCode =
        jurisdictions.stream()
            .collect(Collectors.toMap(j -> j.code().value(), Function.identity()));
    sites = siteDirectory.sitesWithin(caller.jurisdiction());
    sitesPerCommune =
        sites.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.jurisdiction().value(), TreeMap::new, Collectors.counting()));
  }

  public Instant getNow() {
    return clock.instant();
  }

  public List<JurisdictionSummary> getCommunes() {
    return jurisdictions.stream().filter(j -> j.parent() != null).toList();
  }

  public List<SiteSummary> getSites() {
    return sites;
  }

  public long count(String kind) {
    SiteKind wanted = SiteKind.valueOf(kind);
    return sites.stream().filter(s -> s.kind() == wanted).count();
  }

  public Map<String, Long> getSitesPerCommune() {
    return sitesPerCommune;
  }

  public JurisdictionSummary jurisdiction(String code) {
    return byCode.get(code);
  }
}
