package vn.tcc.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Sentences from TCC's message bundle in Vietnamese (the default) or English. */
public final class Messages {
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private Messages() {}

  /** A message of the bundle with its arguments; the key itself when the bundle lacks it. */
  public static String text(String key, Locale locale, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return String.format(locale, pattern, args);
  }

  /** English when the client's Accept-Language asks for it before Vietnamese; else Vietnamese. */
  public static Locale chosenFrom(List<Locale> acceptable) {
    for (Locale wanted : acceptable) {
      if ("en".equals(wanted.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("vi".equals(wanted.getLanguage())) {
        return VIETNAMESE;
      }
    }
    return VIETNAMESE;
  }
}
