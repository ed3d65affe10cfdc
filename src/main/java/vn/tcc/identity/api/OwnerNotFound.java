package vn.tcc.identity.api;

/** The center knows no registered vehicle, or no owner, for the plate (404). */
public class OwnerNotFound extends IdentityLookupException {
  private final String plate;

  public OwnerNotFound(String plate) {
    super(404, "identity.error.notFound", plate);
    this.plate = plate;
  }

  public String plate() {
    return plate;
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
