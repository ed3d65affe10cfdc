package vn.tcc.vms.api;

/** The VMS answered but has no such camera or recording. */
public class VmsNotFound extends RuntimeException {
  public VmsNotFound(String message) {
    super(message);
  }
}
