package vn.tcc.shared.error;

import java.util.List;

/** Input that breaks the rules; nothing was changed. The API answers 422 with every field error. */
public class ValidationException extends RuntimeException {
  private final transient List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super("Invalid input: " + errors.stream().map(FieldError::messageKey).toList());
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("A validation failure needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
