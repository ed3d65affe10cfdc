package vn.tcc.vms.api;

/** The VMS did not answer, answered with an error, or refused the credentials. */
public class VmsUnavailable extends RuntimeException {
  public VmsUnavailable(String message) {
    super(message);
  }

  public VmsUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
