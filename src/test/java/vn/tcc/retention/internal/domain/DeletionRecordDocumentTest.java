package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void items_streamed_into_a_document_give_the_canonical_bytes() {
    DeletionRecordContent content = SampleRecordContent.content();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    DeletionRecordDocument.write(
        DeletionRecordDocument.Header.of(content), content.items()::forEach, out);

    assertArrayEquals(DeletionRecordDocument.canonical(content), out.toByteArray());
  }

  @Test
  void items_that_do_not_add_up_to_the_header_fail_the_document() {
    DeletionRecordContent content = SampleRecordContent.content();
    DeletionRecordDocument.Header header = DeletionRecordDocument.Header.of(content);

    assertThrows(
        IllegalStateException.class,
        () ->
            DeletionRecordDocument.write(
                header, each -> each.accept(content.items().get(0)), new ByteArrayOutputStream()));
  }

  @Test
  void a_page_of_items_is_read_from_the_stream_without_the_rest() {
    DeletionRecordContent content = many(2_500);
    byte[] document = DeletionRecordDocument.canonical(content);

    DeletionRecordDocument.Scan page =
        DeletionRecordDocument.scan(new ByteArrayInputStream(document), 1_000, 3, false);

    assertEquals(42, page.runId());
    assertEquals(List.of("item-1000", "item-1001", "item-1002"), ids(page.page()));
    assertTrue(page.itemsListed() < 2_500, "stopped after the page: " + page.itemsListed());
  }

  @Test
  void a_scan_to_the_end_counts_every_item_and_the_last_page_is_short() {
    byte[] document = DeletionRecordDocument.canonical(many(2_500));

    DeletionRecordDocument.Scan last =
        DeletionRecordDocument.scan(new ByteArrayInputStream(document), 2_498, 100, true);

    assertEquals(2_500, last.itemsListed());
    assertEquals(List.of("item-2498", "item-2499"), ids(last.page()));
    assertEquals(
        content().items(),
        DeletionRecordDocument.scan(
                new ByteArrayInputStream(DeletionRecordDocument.canonical(content())), 0, 10, true)
            .page(),
        "items read back as written");
  }

  @Test
  void a_stream_that_is_no_record_is_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DeletionRecordDocument.scan(
                new ByteArrayInputStream(
                    "{\"format\":\"other\",\"items\":[]}".getBytes(StandardCharsets.UTF_8)),
                0,
                10,
                true));
  }

  private static DeletionRecordContent content() {
    return SampleRecordContent.content();
  }

  private static DeletionRecordContent many(int n) {
    DeletionRecordContent sample = SampleRecordContent.content();
    List<DeletedItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DeletedItem one = sample.items().get(i % 2);
      items.add(
          new DeletedItem(
              one.dataClass(),
              "item-" + i,
              one.level(),
              one.sha256(),
              one.sizeBytes(),
              one.policyVersion(),
              one.legalBasis(),
              one.outcome(),
              one.detail()));
    }
    return new DeletionRecordContent(
        sample.runId(),
        sample.manual(),
        sample.requestedBy(),
        sample.approvedBy(),
        sample.startedAt(),
        sample.finishedAt(),
        items);
  }

  private static List<String> ids(List<DeletedItem> items) {
    return items.stream().map(DeletedItem::itemId).toList();
  }
}
