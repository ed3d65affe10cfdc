package vn.tcc.identity.api;

import java.util.Optional;

/**
 * The agency's account at the center may not receive a field that was asked for (403); nothing was
 * answered. Ask again without it, or have the Ministry extend the account's rights.
 */
public class FieldNotPermitted extends IdentityLookupException {
  private final IdentityField field;

  /**
   * @param field the refused field; null when the center named one TCC does not know
   */
  public FieldNotPermitted(IdentityField field) {
    super(403, "identity.error.fieldNotPermitted", field == null ? "?" : field.name());
    this.field = field;
  }

  public Optional<IdentityField> field() {
    return Optional.ofNullable(field);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
