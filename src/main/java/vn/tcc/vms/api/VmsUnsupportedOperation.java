package vn.tcc.vms.api;

/** The call needs a capability this VMS does not have. */
public class VmsUnsupportedOperation extends RuntimeException {
  private final VmsCapability capability;

  public VmsUnsupportedOperation(String product, VmsCapability capability) {
    super(product + " cannot " + capability);
    this.capability = capability;
  }

  public VmsCapability capability() {
    return capability;
  }
}
