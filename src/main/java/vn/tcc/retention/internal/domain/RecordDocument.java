package vn.tcc.retention.internal.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The signed document of a deletion record, read as a stream each time it is needed: a run of a
 * million items has a document of some 300 MB, which is never held in memory whole (stored in
 * parts, signed, hashed, verified and served as it streams by).
 */
@FunctionalInterface
public interface RecordDocument {
  /** The document's bytes from the first; the caller closes the stream. */
  InputStream open() throws IOException;

  static RecordDocument of(byte[] bytes) {
    return () -> new ByteArrayInputStream(bytes);
  }

  /** The whole document in memory: for small documents only (tests, a manual deletion). */
  default byte[] readAll() {
    try (InputStream in = open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a deletion record's document", e);
    }
  }
}
