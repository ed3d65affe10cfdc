package vn.tcc.event.internal.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ingestion body as the OpenAPI document describes it, so a client generated from the document
 * sends typed events (issue 21). {@link EventResource} still reads the body as raw JSON: an item
 * with a wrong field is answered REJECTED with its reasons instead of the whole batch refused.
 */
@Schema(
    name = "EventBatch",
    description = "A batch of at most 1,000 events (a bare array of events is accepted too)")
public record EventBatchSchema(
    @Schema(required = true, maxItems = 1000, description = "The events, each answered")
        List<Item> events) {

  /** One event as an event source reports it. */
  @Schema(name = "EventBatchItem", description = "One event")
  public record Item(
      @Schema(required = true, description = "The sending server or device, e.g. GL-QN-RSC1")
          String sourceId,
      @Schema(required = true, description = "The source's own id of the event (resends are safe)")
          String sourceEventId,
      @Schema(required = true, description = "The registry code of the camera") String cameraCode,
      @Schema(
              required = true,
              format = "date-time",
              description = "When it happened, with its offset (2026-11-21T08:15:30+07:00)")
          String occurredAt,
      @Schema(
              required = true,
              description =
                  "RED_LIGHT, SPEEDING, WRONG_WAY, NO_HELMET, WRONG_LANE, ILLEGAL_STOPPING,"
                      + " NO_SEATBELT, PHONE_WHILE_DRIVING, PLATE_READ, TRAFFIC_COUNT,"
                      + " STOPPED_VEHICLE, CONGESTION, ACCIDENT, CROWD, FIRE_SMOKE")
          String type,
      @Schema(description = "The plate as read, e.g. 81A-123.45") String plate,
      @Schema(description = "0 to 100; only with a plate") Double plateConfidence,
      @Schema(description = "CAR, MOTORCYCLE, TRUCK, BUS, VAN, TRAILER, OTHER") String vehicleClass,
      @Schema(description = "0 to 400; SPEEDING needs it above speedLimitKmh") Double speedKmh,
      @Schema(description = "1 to 200") Double speedLimitKmh,
      @Schema(description = "The lane, e.g. 1") String lane,
      @Schema(description = "Pictures: inline (data) or references into a VMS") List<Image> images,
      @Schema(description = "Further details from the source, kept as sent")
          Map<String, String> attributes) {}

  /** A picture of the event: inline, or where it is in a VMS. */
  @Schema(name = "EventBatchImage", description = "A picture of the event")
  public record Image(
      @Schema(required = true, description = "What it shows, e.g. overview, plate") String kind,
      @Schema(description = "Base64 JPEG or PNG of at most 2 MB") String data,
      @Schema(description = "The VMS connection's code, e.g. ZM-DEMO") String vms,
      @Schema(description = "The recording in that VMS") String recordingId,
      @Schema(description = "The frame in that recording") String frame) {}
}
