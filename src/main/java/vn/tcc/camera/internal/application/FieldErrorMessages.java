package vn.tcc.camera.internal.application;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.i18n.Messages;

/** Field errors as sentences in the user's language, for forms and spreadsheet error reports. */
public final class FieldErrorMessages {
  private FieldErrorMessages() {}

  public static String text(FieldError error, Locale locale) {
    return message(error.messageKey(), locale, error.args().toArray());
  }

  /** Any message of the bundle with its arguments; the key itself when the bundle lacks it. */
  public static String message(String key, Locale locale, Object... args) {
    return Messages.text(key, locale, args);
  }

  /** "Tên camera (name): bắt buộc" — the field's label from the bundle, then the message. */
  public static String withField(FieldError error, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
    String label;
    try {
      label = bundle.getString("camera.field." + error.field());
    } catch (MissingResourceException e) {
      label = error.field();
    }
    return label + ": " + text(error, locale);
  }
}
