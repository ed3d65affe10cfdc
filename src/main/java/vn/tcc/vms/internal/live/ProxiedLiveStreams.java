package vn.tcc.vms.internal.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.vms.api.LiveStreams;
import vn.tcc.vms.api.VmsLiveStream;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.internal.connection.VmsAdapters;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

/**
 * Opens live streams through the adapter of the camera's VMS connection and counts the open ones,
 * so that a wall that closes its tiles can be seen to leave no connection to the VMS behind.
 */
@ApplicationScoped
public class ProxiedLiveStreams implements LiveStreams {
  private final AtomicInteger open = new AtomicInteger();

  @Inject VmsConnectionRepository connections;
  @Inject VmsAdapters adapters;

  @Override
  public VmsLiveStream open(CameraReference camera, int scalePercent) {
    VmsLiveStream upstream =
        adapters
            .of(connectionOf(camera))
            .openLiveStream(camera.vmsExternalId(), MAX_FPS, clampScale(scalePercent));
    open.incrementAndGet();
    return new VmsLiveStream(upstream.contentType(), new Counted(upstream.body(), open));
  }

  @Override
  public VmsMedia snapshot(CameraReference camera) {
    return adapters.of(connectionOf(camera)).snapshot(camera.vmsExternalId(), null);
  }

  private VmsConnection connectionOf(CameraReference camera) {
    if (camera.vmsCode() == null || camera.vmsExternalId() == null) {
      throw new VmsNotFound("Camera " + camera.code() + " is not linked to a VMS");
    }
    Optional<VmsConnection> connection = connections.find(camera.vmsCode());
    if (connection.isEmpty() || !connection.get().enabled()) {
      throw new VmsUnavailable("VMS " + camera.vmsCode() + " is not connected or is disabled");
    }
    return connection.get();
  }

  @Override
  public int openUpstreams() {
    return open.get();
  }

  static int clampScale(int scalePercent) {
    return Math.min(100, Math.max(25, scalePercent));
  }

  /** The upstream body; its first close gives its place in the count back. */
  static final class Counted extends FilterInputStream {
    private final AtomicInteger open;
    private final AtomicBoolean closed = new AtomicBoolean();

    Counted(InputStream in, AtomicInteger open) {
      super(in);
      this.open = open;
    }

    @Override
    public void close() throws IOException {
      if (closed.compareAndSet(false, true)) {
        try {
          super.close();
        } finally {
          open.decrementAndGet();
        }
      }
    }
  }
}
