package vn.tcc.reporting.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A one-page record handed to a citizen or an organisation (a consent receipt, a destruction
 * certificate): the issuing unit, number, place and date beside the national heading, a title, a
 * table of labelled facts, closing paragraphs and the signature block. Vietnamese, as official
 * documents are.
 */
public record RecordDocument(
    String issuingBody,
    String number,
    String place,
    LocalDate date,
    String title,
    String subtitle,
    List<Fact> facts,
    List<String> closing,
    String signerTitle,
    String signerName) {

  /** One row of the table: a label and its value (may hold line breaks). */
  public record Fact(String label, String value) {
    public Fact {
      Objects.requireNonNull(label, "label");
      value = value == null ? "" : value;
    }
  }

  public RecordDocument {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    facts = List.copyOf(facts);
    closing = closing == null ? List.of() : List.copyOf(closing);
  }
}
