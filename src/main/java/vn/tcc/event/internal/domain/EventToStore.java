package vn.tcc.event.internal.domain;

import java.util.List;
import vn.tcc.event.api.EventImage;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** An accepted event ready to be written: the camera's commune and images as stored. */
public record EventToStore(
    IncomingEvent event, JurisdictionCode jurisdiction, List<EventImage> images) {
  public EventToStore {
    images = List.copyOf(images);
  }
}
