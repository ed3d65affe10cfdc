package vn.tcc.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.i18n.Messages;

class FieldErrorTextTest {
  private static final FieldError NAME_REQUIRED = FieldError.of("name", "quarantine.note.required");

  @Test
  void messageOnlyIsTheMessageInTheLanguageAsked() {
    assertEquals(
        "A reason is required.", FieldErrorText.messageOnly().of(NAME_REQUIRED, Locale.ENGLISH));
    assertEquals(
        "Cần ghi lý do.", FieldErrorText.messageOnly().of(NAME_REQUIRED, Messages.VIETNAMESE));
  }

  @Test
  void labelledPutsTheFieldsLabelFromTheBundleFirst() {
    assertEquals(
        "Camera name: A reason is required.",
        FieldErrorText.labelled("camera.field.").of(NAME_REQUIRED, Locale.ENGLISH));
  }

  @Test
  void labelsAreTakenAsWrittenNotAsFormatPatterns() {
    FieldError accuracy = FieldError.of("plateAccuracyDay", "quarantine.note.required");

    assertEquals(
        "Plate accuracy by day (%): A reason is required.",
        FieldErrorText.labelled("camera.field.").of(accuracy, Locale.ENGLISH));
  }

  @Test
  void aFieldWithoutALabelIsNamedByItself() {
    FieldError unlabelled = FieldError.of("noSuchField", "quarantine.note.required");

    assertEquals(
        "noSuchField: A reason is required.",
        FieldErrorText.labelled("camera.field.").of(unlabelled, Locale.ENGLISH));
  }
}
