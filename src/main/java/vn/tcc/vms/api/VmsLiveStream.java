package vn.tcc.vms.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An open live stream from a VMS (for ZoneMinder a {@code multipart/x-mixed-replace} MJPEG): its
 * content type as the VMS gave it and its body. Whoever opens it must close it; closing drops the
 * connection to the VMS at once.
 */
public final class VmsLiveStream implements Closeable {
  private final String contentType;
  private final InputStream body;

  public VmsLiveStream(String contentType, InputStream body) {
    this.contentType = contentType;
    this.body = body;
  }

  public String contentType() {
    return contentType;
  }

  public InputStream body() {
    return body;
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
