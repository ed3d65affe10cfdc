package vn.tcc.reporting.internal.rest;

import vn.tcc.reporting.internal.application.ReportingActor;
import vn.tcc.shared.security.CurrentRequest;

/** The caller of a request, with the unit his token names. */
final class ReportingActors {
  private ReportingActors() {}

  static ReportingActor of(CurrentRequest request) {
    return new ReportingActor(request.caller(), request.tokenClaim(ReportingActor.UNIT_CLAIM));
  }
}
