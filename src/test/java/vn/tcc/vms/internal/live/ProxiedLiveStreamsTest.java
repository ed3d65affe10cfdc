package vn.tcc.vms.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.VmsNotFound;

class ProxiedLiveStreamsTest {
  @Test
  void a_stream_gives_its_place_in_the_count_back_once_however_often_it_is_closed()
      throws Exception {
    AtomicInteger open = new AtomicInteger(2);
    ProxiedLiveStreams.Counted stream =
        new ProxiedLiveStreams.Counted(new ByteArrayInputStream(new byte[] {1, 2}), open);
    stream.close();
    stream.close();
    assertEquals(1, open.get());
  }

  @Test
  void a_camera_without_a_vms_link_is_not_found_and_nothing_is_opened() {
    ProxiedLiveStreams streams = new ProxiedLiveStreams();
    CameraReference unlinked =
        new CameraReference(
            "GL-QN-0002",
            "Cầu Thị Nại",
            new JurisdictionCode("GL.QUY_NHON"),
            CameraStatus.OPERATIONAL,
            null,
            null);
    assertThrows(VmsNotFound.class, () -> streams.open(unlinked, 50));
    assertEquals(0, streams.openUpstreams());
  }

  @Test
  void the_scale_stays_between_a_quarter_and_full_size() {
    assertEquals(25, ProxiedLiveStreams.clampScale(-5));
    assertEquals(100, ProxiedLiveStreams.clampScale(Integer.MAX_VALUE));
    assertEquals(50, ProxiedLiveStreams.clampScale(50));
  }
}
