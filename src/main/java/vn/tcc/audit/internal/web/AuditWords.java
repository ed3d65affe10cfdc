package vn.tcc.audit.internal.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The audit trail's codes and fixed details in the reader's words. Entries keep what was recorded
 * (codes, English phrases: the chain's hashes cover them); the page translates when it shows them.
 */
final class AuditWords {
  private static final String ACTION = "audit.action.";
  private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

  private AuditWords() {}

  /** The bundle's text of {@code prefix + code}, or the code when the bundle has none. */
  static String label(String prefix, String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return find(prefix + code, locale, code);
  }

  /**
   * Details that are one fixed phrase ("role not allowed") through {@code audit.detail.<phrase>}
   * with its words joined by dots; other details (counts, notes) as recorded.
   */
  static String detail(String details, Locale locale) {
    if (details == null || details.isBlank() || details.length() > 100) {
      return details == null ? "" : details;
    }
    String phrase = NOT_A_WORD.matcher(details.strip().toLowerCase(Locale.ROOT)).replaceAll(".");
    phrase = phrase.replaceAll("^\\.+|\\.+$", "");
    return find("audit.detail." + phrase, locale, details);
  }

  private static String find(String key, Locale locale, String otherwise) {
    try {
      return ResourceBundle.getBundle("i18n.messages", locale).getString(key);
    } catch (MissingResourceException none) {
      return otherwise;
    }
  }

  /** The labels of every action the bundle names, in the reader's language, sorted. */
  static java.util.List<String> actionLabels(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
    return bundle.keySet().stream()
        .filter(key -> key.startsWith(ACTION))
        .map(bundle::getString)
        .distinct()
        .sorted(java.text.Collator.getInstance(locale))
        .toList();
  }

  /**
   * What the action filter searches for: the code of the action whose label the reader typed (the
   * first, where two actions share one), else what he typed, so a code still works.
   */
  static String actionCode(String typed, Locale locale) {
    if (typed == null || typed.isBlank()) {
      return typed;
    }
    String wanted = typed.strip();
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
    return bundle.keySet().stream()
        .filter(key -> key.startsWith(ACTION))
        .filter(key -> bundle.getString(key).equalsIgnoreCase(wanted))
        .sorted()
        .findFirst()
        .map(key -> key.substring(ACTION.length()))
        .orElse(wanted);
  }
}
