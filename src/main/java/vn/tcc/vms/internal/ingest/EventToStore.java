package vn.tcc.vms.internal.ingest;

import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.EventImage;

/** An accepted event ready to be written: the camera's commune and images as stored. */
public record EventToStore(
    IncomingEvent event, JurisdictionCode jurisdiction, List<EventImage> images) {
  public EventToStore {
    images = List.copyOf(images);
  }
}
