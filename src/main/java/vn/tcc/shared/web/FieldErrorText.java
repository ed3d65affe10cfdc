package vn.tcc.shared.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.i18n.Messages;

/** How a page writes one field error as a sentence in the user's language. */
@FunctionalInterface
public interface FieldErrorText {
  String of(FieldError error, Locale locale);

  /** The error's message alone, for pages whose messages already name what is wrong. */
  static FieldErrorText messageOnly() {
    return (error, locale) -> Messages.text(error.messageKey(), locale, error.args().toArray());
  }

  /**
   * "Camera name: required": the field's label (bundle key {@code labelKeyPrefix + field}, or the
   * field's own name when the bundle has no label), then the message.
   */
  static FieldErrorText labelled(String labelKeyPrefix) {
    return (error, locale) ->
        label(labelKeyPrefix + error.field(), error.field(), locale)
            + ": "
            + messageOnly().of(error, locale);
  }

  // Read from the bundle as it is, not formatted: labels such as "Plate accuracy by day (%)" are
  // not format patterns.
  private static String label(String key, String fallback, Locale locale) {
    try {
      return ResourceBundle.getBundle("i18n.messages", locale).getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
