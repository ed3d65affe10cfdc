package vn.tcc.shared.security;

/**
 * What a request was, kept for work that outlives its thread (a live stream relayed on a thread of
 * its own): the request scope is gone there, its caller, address and id are not.
 */
public record CapturedRequest(Caller caller, String clientAddress, String requestId)
    implements CurrentRequest {

  public static CapturedRequest of(CurrentRequest request) {
    return new CapturedRequest(request.caller(), request.clientAddress(), request.requestId());
  }
}
