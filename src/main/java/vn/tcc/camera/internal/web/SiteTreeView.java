package vn.tcc.camera.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.tcc.camera.api.CameraPermissions;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.camera.internal.application.OwnerDirectory;
import vn.tcc.camera.internal.application.SiteService;
import vn.tcc.camera.internal.domain.SiteDetails;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.jurisdiction.api.JurisdictionSummary;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The camera hierarchy as a tree (provincial center → commune centers → clusters, connection
 * points, devices) and the owners; administrators add and change sites and add owners here.
 */
@Named
@ViewScoped
public class SiteTreeView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final FieldErrorText FIELD_LABELS = FieldErrorText.labelled("camera.field.");

  @Inject SiteService sites;
  @Inject OwnerDirectory owners;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject CurrentRequest currentRequest;

  private String highlighted;
  private TreeNode<SiteDetails> root;
  private List<OwnerDirectory.OwnerRecord> ownerList = List.of();
  private List<JurisdictionSummary> jurisdictionOptions = List.of();
  private List<SiteDetails> siteList = List.of();

  // The site being edited (null code: a new one) and the owner being added.
  private String editingCode;
  private String siteCode;
  private String siteName;
  private SiteKind siteKind;
  private String siteJurisdiction;
  private String siteParent;
  private java.math.BigDecimal siteLatitude;
  private java.math.BigDecimal siteLongitude;
  private String siteAddress;
  private String reason;
  private String ownerCode;
  private String ownerName;
  private OwnerType ownerType;
  private String ownerJurisdiction;
  private String ownerTaxCode;
  private String ownerReason;
  private boolean editingOwner;

  public void load() {
    Caller caller = currentRequest.caller();
    siteList = sites.within(caller);
    ownerList = owners.records(caller);
    if (caller.jurisdiction() != null) {
      jurisdictionOptions = jurisdictions.within(caller.jurisdiction());
    }
    root = new DefaultTreeNode<>(null, null);
    Map<String, TreeNode<SiteDetails>> nodes = new HashMap<>();
    for (SiteDetails site : siteList) {
      nodes.put(site.code(), new DefaultTreeNode<>(site, null));
    }
    for (SiteDetails site : siteList) {
      TreeNode<SiteDetails> node = nodes.get(site.code());
      TreeNode<SiteDetails> parent =
          site.parentCode() == null ? null : nodes.get(site.parentCode());
      // A parent outside the user's jurisdiction is not shown: the site becomes a root.
      (parent == null ? root : parent).getChildren().add(node);
      node.setExpanded(true);
      node.setSelected(site.code().equals(highlighted));
    }
  }

  public boolean isAdmin() {
    return CameraPermissions.mayManageRegistry(currentRequest.caller());
  }

  public void newSite() {
    editingCode = null;
    siteCode = null;
    siteName = null;
    siteKind = SiteKind.COMMUNE_CENTER;
    siteJurisdiction = null;
    siteParent = null;
    siteLatitude = null;
    siteLongitude = null;
    siteAddress = null;
    reason = null;
  }

  public void editSite(SiteDetails site) {
    editingCode = site.code();
    siteCode = site.code();
    siteName = site.name();
    siteKind = site.kind();
    siteJurisdiction = site.jurisdictionCode();
    siteParent = site.parentCode();
    siteLatitude = site.latitude();
    siteLongitude = site.longitude();
    siteAddress = site.address();
    reason = null;
  }

  public void saveSite() {
    SiteDetails details =
        new SiteDetails(
            siteCode,
            siteName,
            siteKind,
            siteJurisdiction,
            siteParent,
            siteLatitude,
            siteLongitude,
            siteAddress);
    try {
      if (editingCode == null) {
        sites.create(currentRequest.caller(), details);
        PageMessages.info("site.created", details.code());
      } else {
        sites.update(currentRequest.caller(), editingCode, details, reason);
        PageMessages.info("site.updated", editingCode);
      }
      load();
      org.primefaces.PrimeFaces.current().executeScript("PF('siteDialog').hide()");
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS, "siteForm");
    } catch (ProblemException problem) {
      PageMessages.refused(problem);
    }
  }

  public void newOwner() {
    editingOwner = false;
    ownerCode = null;
    ownerName = null;
    ownerType = null;
    ownerJurisdiction = null;
    ownerTaxCode = null;
    ownerReason = null;
  }

  public void editOwner(OwnerDirectory.OwnerRecord record) {
    editingOwner = true;
    ownerCode = record.owner().code();
    ownerName = record.owner().name();
    ownerType = record.owner().type();
    ownerJurisdiction = record.owner().jurisdictionCode();
    ownerTaxCode = record.taxCode();
    ownerReason = null;
  }

  public void saveOwner() {
    try {
      var owner =
          new OwnerDirectory.OwnerOption(ownerCode, ownerName, ownerType, ownerJurisdiction);
      if (editingOwner) {
        owners.update(currentRequest.caller(), owner, ownerTaxCode, ownerReason);
        PageMessages.info("owner.updated", ownerCode);
      } else {
        owners.create(currentRequest.caller(), owner, ownerTaxCode);
        PageMessages.info("owner.created", ownerCode);
      }
      ownerCode = null;
      ownerName = null;
      ownerType = null;
      ownerJurisdiction = null;
      ownerTaxCode = null;
      load();
      org.primefaces.PrimeFaces.current().executeScript("PF('ownerDialog').hide()");
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS, "ownerForm");
    } catch (ProblemException problem) {
      PageMessages.refused(problem);
    }
  }

  public SiteKind[] getKinds() {
    return SiteKind.values();
  }

  public OwnerType[] getOwnerTypes() {
    return OwnerType.values();
  }

  public TreeNode<SiteDetails> getRoot() {
    return root;
  }

  public List<OwnerDirectory.OwnerRecord> getOwnerList() {
    return ownerList;
  }

  /** A commune/ward (or the province) by its name in the page's language; the code if unknown. */
  public String jurisdictionName(String code) {
    return getJurisdictionOptions().stream()
        .filter(j -> j.code().value().equals(code))
        .findFirst()
        .map(j -> j.name(vn.tcc.shared.web.PageMessages.locale()))
        .orElse(code);
  }

  public List<JurisdictionSummary> getJurisdictionOptions() {
    return jurisdictionOptions;
  }

  public List<SiteDetails> getSiteList() {
    return siteList;
  }

  public String getHighlighted() {
    return highlighted;
  }

  public void setHighlighted(String highlighted) {
    this.highlighted = highlighted;
  }

  public boolean isEditing() {
    return editingCode != null;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public void setSiteCode(String siteCode) {
    this.siteCode = siteCode;
  }

  public String getSiteName() {
    return siteName;
  }

  public void setSiteName(String siteName) {
    this.siteName = siteName;
  }

  public SiteKind getSiteKind() {
    return siteKind;
  }

  public void setSiteKind(SiteKind siteKind) {
    this.siteKind = siteKind;
  }

  public String getSiteJurisdiction() {
    return siteJurisdiction;
  }

  public void setSiteJurisdiction(String siteJurisdiction) {
    this.siteJurisdiction = siteJurisdiction;
  }

  public String getSiteParent() {
    return siteParent;
  }

  public void setSiteParent(String siteParent) {
    this.siteParent = siteParent;
  }

  public java.math.BigDecimal getSiteLatitude() {
    return siteLatitude;
  }

  public void setSiteLatitude(java.math.BigDecimal siteLatitude) {
    this.siteLatitude = siteLatitude;
  }

  public java.math.BigDecimal getSiteLongitude() {
    return siteLongitude;
  }

  public void setSiteLongitude(java.math.BigDecimal siteLongitude) {
    this.siteLongitude = siteLongitude;
  }

  public String getSiteAddress() {
    return siteAddress;
  }

  public void setSiteAddress(String siteAddress) {
    this.siteAddress = siteAddress;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getOwnerCode() {
    return ownerCode;
  }

  public void setOwnerCode(String ownerCode) {
    this.ownerCode = ownerCode;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public OwnerType getOwnerType() {
    return ownerType;
  }

  public void setOwnerType(OwnerType ownerType) {
    this.ownerType = ownerType;
  }

  public String getOwnerJurisdiction() {
    return ownerJurisdiction;
  }

  public void setOwnerJurisdiction(String ownerJurisdiction) {
    this.ownerJurisdiction = ownerJurisdiction;
  }

  public boolean isEditingOwner() {
    return editingOwner;
  }

  public String getOwnerReason() {
    return ownerReason;
  }

  public void setOwnerReason(String ownerReason) {
    this.ownerReason = ownerReason;
  }

  public String getOwnerTaxCode() {
    return ownerTaxCode;
  }

  public void setOwnerTaxCode(String ownerTaxCode) {
    this.ownerTaxCode = ownerTaxCode;
  }
}
