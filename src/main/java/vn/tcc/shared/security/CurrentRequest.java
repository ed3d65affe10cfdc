package vn.tcc.shared.security;

/**
 * What the platform knows about the request being served: the caller, his address and the request
 * id that ties log lines, audit entries and error answers together.
 */
public interface CurrentRequest {
  Caller caller();

  String clientAddress();

  String requestId();

  /**
   * A claim of the caller's token that only one module reads (e.g. reporting's {@code
   * reporting_unit}, the unit a coordinator files for); null without a token or such a claim.
   */
  default String tokenClaim(String name) {
    return null;
  }
}
