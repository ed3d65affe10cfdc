package vn.tcc.vms.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.vms.internal.connection.VmsConnectionService;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionDetails;

/** The admin's page of VMS connections: list, add, change; the secret field is write-only. */
@Named
@ViewScoped
public class VmsConnectionsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final FieldErrorText FIELD_LABELS = FieldErrorText.labelled("vms.field.");

  @Inject transient VmsConnectionService connections;
  @Inject transient CurrentRequest currentRequest;

  private transient List<VmsConnection> list;
  private Integer editingVersion;
  private String code;
  private String name;
  private String baseUrl;
  private String jurisdictionCode;
  private String username;
  private String secret;
  private int timeoutMillis = 5000;
  private int pollSeconds = 30;
  private int offlineAlertMinutes = 15;
  private boolean enabled = true;

  public void load() {
    try {
      list = connections.list(currentRequest.caller());
    } catch (ProblemException refused) {
      list = List.of();
      PageMessages.refused(refused);
    }
  }

  public List<VmsConnection> getList() {
    if (list == null) {
      load();
    }
    return list;
  }

  public void startNew() {
    editingVersion = null;
    code = name = baseUrl = username = secret = null;
    jurisdictionCode = currentRequest.caller().jurisdiction().value();
    timeoutMillis = 5000;
    pollSeconds = 30;
    offlineAlertMinutes = 15;
    enabled = true;
  }

  public void edit(VmsConnection connection) {
    editingVersion = connection.version();
    code = connection.code();
    name = connection.name();
    baseUrl = connection.baseUri().toString();
    jurisdictionCode = connection.jurisdiction().value();
    username = connection.username();
    secret = null; // never shown back
    timeoutMillis = connection.timeoutMillis();
    pollSeconds = connection.pollSeconds();
    offlineAlertMinutes = connection.offlineAlertMinutes();
    enabled = connection.enabled();
  }

  public void save() {
    try {
      connections.save(
          currentRequest.caller(),
          new VmsConnectionDetails(
              code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
              name,
              "ZONEMINDER",
              jurisdictionCode,
              baseUrl == null ? null : baseUrl.strip(),
              username,
              timeoutMillis,
              pollSeconds,
              offlineAlertMinutes,
              enabled),
          secret,
          editingVersion);
      secret = null;
      list = null;
      PageMessages.info("vms.saved", code);
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS);
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public boolean isEditing() {
    return editingVersion != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getJurisdictionCode() {
    return jurisdictionCode;
  }

  public void setJurisdictionCode(String jurisdictionCode) {
    this.jurisdictionCode = jurisdictionCode;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getSecret() {
    return null;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public int getTimeoutMillis() {
    return timeoutMillis;
  }

  public void setTimeoutMillis(int timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  public int getPollSeconds() {
    return pollSeconds;
  }

  public void setPollSeconds(int pollSeconds) {
    this.pollSeconds = pollSeconds;
  }

  public int getOfflineAlertMinutes() {
    return offlineAlertMinutes;
  }

  public void setOfflineAlertMinutes(int offlineAlertMinutes) {
    this.offlineAlertMinutes = offlineAlertMinutes;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
