package vn.tcc.vms.internal.zoneminder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code key=value} attributes out of the Notes of a ZoneMinder event.
 *
 * <p>ZoneMinder writes Notes as sections {@code "<label>: <texts>"}: the label is the cause of a
 * trigger (zmtrigger's CAUSE field) or one of ZM's own ("Forced Web" for an alarm raised through
 * the API, "Linked", "Motion", "Signal"); the texts of one label are joined with {@code ", "}, and
 * the sections are concatenated in label order <em>without a separator</em>. Real examples:
 *
 * <pre>
 * ANPR: plate=34ABC123 speed=92/70
 * ANPR: plate=11A11111 speed=50/60Forced Web: Speed: plate=22B22222 speed=99/60
 * ANPR: plate=33C33333 speed=50/60 , plate=55E55555 Zebra: plate=44D44444
 * </pre>
 *
 * <p>So a label is recognised where it follows the start, a blank or a comma, and ZM's own labels
 * and the event's cause also where they are glued to the text before (as "Forced Web" above). The
 * adapter ends the notes it sends with a blank so that its own sections never glue. When several
 * triggers merged into one event and give the same key, the section of the event's cause comes
 * first, then the others in order; the first value wins. Non-ASCII letters do not survive ZM (they
 * come back as '?').
 */
final class ZoneMinderNotes {
  private static final List<String> ZM_LABELS = List.of("Forced Web", "Linked", "Motion", "Signal");
  private static final String GENERIC_LABEL =
      "(?:(?<=^|[\\s,])[A-Z][A-Za-z0-9_]*(?: [A-Z][A-Za-z0-9_]*)*)";
  private static final Pattern TOKEN = Pattern.compile("([A-Za-z_][A-Za-z0-9_.\\-]*)=([^\\s,]*)");

  private ZoneMinderNotes() {}

  /** The attributes in {@code notes}, in the order they were found; empty when there are none. */
  static Map<String, String> attributes(String cause, String notes) {
    if (notes == null || notes.isBlank()) {
      return Map.of();
    }
    List<Section> sections = sections(cause, notes);
    List<Section> ordered = new ArrayList<>();
    for (Section section : sections) {
      if (cause != null
          && section.label() != null
          && section.label().equalsIgnoreCase(cause.trim())) {
        ordered.add(section);
      }
    }
    for (Section section : sections) {
      if (!ordered.contains(section)) {
        ordered.add(section);
      }
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Section section : ordered) {
      Matcher token = TOKEN.matcher(section.text());
      while (token.find()) {
        if (!token.group(2).isEmpty()) {
          attributes.putIfAbsent(token.group(1), token.group(2));
        }
      }
    }
    return Collections.unmodifiableMap(attributes);
  }

  record Section(String label, String text) {}

  /** The notes cut at their labels; text before the first label has a null label. */
  static List<Section> sections(String cause, String notes) {
    Matcher label = labels(cause).matcher(notes);
    List<Section> sections = new ArrayList<>();
    String current = null;
    int from = 0;
    while (label.find()) {
      if (label.start() > from || current != null) {
        sections.add(new Section(current, notes.substring(from, label.start())));
      }
      current = label.group(1);
      from = label.end();
    }
    sections.add(new Section(current, notes.substring(from)));
    sections.removeIf(s -> s.label() == null && s.text().isBlank());
    return sections;
  }

  private static Pattern labels(String cause) {
    StringBuilder known = new StringBuilder();
    for (String zm : ZM_LABELS) {
      known.append(known.isEmpty() ? "" : "|").append(Pattern.quote(zm));
    }
    if (cause != null && !cause.isBlank()) {
      known.append('|').append(Pattern.quote(cause.trim()));
    }
    return Pattern.compile("(" + known + "|" + GENERIC_LABEL + "): ");
  }
}
