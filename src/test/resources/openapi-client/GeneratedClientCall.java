package vn.tcc.client.check;

import java.io.File;
import vn.tcc.client.ApiClient;
import vn.tcc.client.api.EventsApi;
import vn.tcc.client.model.BatchAnswer;
import vn.tcc.client.model.ItemAnswer;

/**
 * What an event source's developer writes with the client generated from TCC's OpenAPI document
 * (compiled with it by GeneratedJavaClientIT): one batch posted, the typed answer read.
 */
public final class GeneratedClientCall {
  private GeneratedClientCall() {}

  public static String postBatch(String origin, String token, File batch) throws Exception {
    ApiClient client = new ApiClient();
    client.updateBaseUri(origin);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    BatchAnswer answer = new EventsApi(client).eventResourceIngest(batch);
    ItemAnswer first = answer.getItems().get(0);
    return answer.getAccepted() + " " + first.getOutcome() + " " + first.getEventId();
  }
}
