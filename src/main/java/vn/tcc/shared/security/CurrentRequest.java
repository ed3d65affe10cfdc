package vn.tcc.shared.security;

/**
 * What the platform knows about the request being served: the caller, his address and the request
 * id that ties log lines, audit entries and error answers together.
 */
public interface CurrentRequest {
  Caller caller();

  String clientAddress();

  String requestId();
}
