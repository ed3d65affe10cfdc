package vn.tcc.client.check;

import java.time.OffsetDateTime;
import java.util.List;
import vn.tcc.client.ApiClient;
import vn.tcc.client.api.EventsApi;
import vn.tcc.client.model.BatchAnswer;
import vn.tcc.client.model.EventBatch;
import vn.tcc.client.model.EventBatchImage;
import vn.tcc.client.model.EventBatchItem;
import vn.tcc.client.model.ItemAnswer;

/**
 * What an event source's developer writes with the client generated from TCC's OpenAPI document
 * (compiled with it by GeneratedJavaClientIT): one typed batch posted, the typed answer read.
 */
public final class GeneratedClientCall {
  private GeneratedClientCall() {}

  public static String postBatch(
      String origin, String token, String sourceEventId, String occurredAt) throws Exception {
    ApiClient client = new ApiClient();
    client.updateBaseUri(origin);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    EventBatchItem event =
        new EventBatchItem()
            .sourceId("GL-QN-RSC1")
            .sourceEventId(sourceEventId)
            .cameraCode("GL-QN-0004")
            .occurredAt(OffsetDateTime.parse(occurredAt))
            .type("PLATE_READ")
            .plate("77A-123.45")
            .plateConfidence(91.0)
            .vehicleClass("CAR")
            .images(List.of(new EventBatchImage().kind("plate").vms("ZM-DEMO").recordingId("7")));
    BatchAnswer answer =
        new EventsApi(client).eventResourceIngest(new EventBatch().events(List.of(event)));
    ItemAnswer first = answer.getItems().get(0);
    return answer.getAccepted() + " " + first.getOutcome() + " " + first.getEventId();
  }
}
