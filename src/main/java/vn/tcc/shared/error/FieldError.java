package vn.tcc.shared.error;

import java.util.List;

/**
 * One thing wrong with one field of a form, an API body or a spreadsheet row, as a message key from
 * the i18n bundle with its arguments, so each user reads it in his language.
 */
public record FieldError(String field, String messageKey, List<Object> args) {
  public FieldError {
    args = List.copyOf(args);
  }

  public static FieldError of(String field, String messageKey, Object... args) {
    return new FieldError(field, messageKey, List.of(args));
  }
}
