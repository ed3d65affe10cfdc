package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeletionRecordDocumentTest {
  @Test
  void the_same_content_gives_the_same_bytes() {
    assertArrayEquals(
        DeletionRecordDocument.canonical(SampleRecordContent.content()),
        DeletionRecordDocument.canonical(SampleRecordContent.content()));
  }

  @Test
  void fields_come_in_their_fixed_order_with_absent_values_as_null() {
    String json =
        new String(
            DeletionRecordDocument.canonical(SampleRecordContent.content()),
            StandardCharsets.UTF_8);
    assertTrue(
        json.startsWith(
            "{\"format\":\"tcc-deletion-record/1\",\"runId\":42,\"kind\":\"SCHEDULED\","
                + "\"requestedBy\":\"system:retention\",\"approvedBy\":\"supervisor\","
                + "\"startedAt\":\"2026-04-01T17:00:00Z\",\"finishedAt\":\"2026-04-01T17:03:12.345Z\","
                + "\"itemCount\":2,\"deletedCount\":1,\"bytesDeleted\":123456,\"items\":[{"
                + "\"dataClass\":\"VIOLATION_EVIDENCE\",\"itemId\":\"ab12\","),
        json);
    assertTrue(json.contains("\"sha256\":null,\"sizeBytes\":9000000"), json);
    assertTrue(json.contains("\"detail\":null}"), json);
  }

  @Test
  void vietnamese_text_is_written_as_utf8_not_escaped() {
    byte[] document = DeletionRecordDocument.canonical(SampleRecordContent.content());
    String json = new String(document, StandardCharsets.UTF_8);
    assertTrue(json.contains(SampleRecordContent.BASIS), json);
    byte[] word = "việc xóa".getBytes(StandardCharsets.UTF_8);
    assertTrue(indexOf(document, word) >= 0, "the UTF-8 bytes of the Vietnamese words are there");
    assertTrue(!json.contains("\\u"), "no \\u escapes: " + json);
  }

  @Test
  void a_document_reads_back_as_its_content() {
    DeletionRecordContent read =
        DeletionRecordDocument.read(
            DeletionRecordDocument.canonical(SampleRecordContent.content()));
    assertEquals(SampleRecordContent.content(), read);
  }

  @Test
  void bytes_that_are_no_record_are_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DeletionRecordDocument.read("{\"format\":\"other\"}".getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        IllegalArgumentException.class,
        () -> DeletionRecordDocument.read("not json".getBytes(StandardCharsets.UTF_8)));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
