package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.sharing.internal.domain.AccessLog;
import vn.tcc.sharing.internal.domain.Provider;
import vn.tcc.sharing.internal.domain.Providers;

/**
 * The access log: a provider reads the checks on his own cameras (without officers' names); the
 * province's administrators, supervisors and auditors read all, with names.
 */
@ApplicationScoped
public class AccessLogQueries {
  static final int MAX_PAGE_SIZE = 200;

  @Inject AccessLog accessLog;
  @Inject Providers providers;

  public SharingPage<AccessLogView> page(
      Caller caller, String providerCode, String agreementId, String page, String size) {
    SharingInput input = new SharingInput();
    String wantedProvider = input.code("provider", providerCode, false);
    int agreement = input.number("agreement", agreementId, -1, 1, Integer.MAX_VALUE);
    int pageNumber = input.number("page", page, 0, 0, 1_000_000);
    int pageSize = input.number("size", size, 50, 1, MAX_PAGE_SIZE);
    Long providerId;
    boolean withActor;
    if (SharingRoles.isProvider(caller)) {
      input.check();
      providerId =
          providers
              .byCode(caller.provider())
              .map(Provider::id)
              .orElseThrow(() -> new ProblemException(403, "sharing.provider.notRegistered"));
      withActor = false;
    } else {
      SharingRoles.require(caller, SharingRoles.LOG_READERS);
      if (!caller.jurisdiction().isProvince()) {
        throw new ProblemException(403, "sharing.log.provinceOnly");
      }
      input.check();
      providerId =
          wantedProvider == null
              ? null
              : providers.byCode(wantedProvider).map(Provider::id).orElse(-1L);
      withActor = true;
    }
    Long agreementFilter = agreement < 0 ? null : (long) agreement;
    long total = accessLog.count(providerId, agreementFilter);
    var items =
        accessLog.page(providerId, agreementFilter, pageNumber * pageSize, pageSize).stream()
            .map(e -> AccessLogView.of(e, withActor))
            .toList();
    return new SharingPage<>(items, total, pageNumber, pageSize);
  }
}
