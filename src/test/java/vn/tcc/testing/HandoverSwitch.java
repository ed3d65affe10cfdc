package vn.tcc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The event handover's maintenance switch, the server's system property {@code tcc.handover.paused}
 * (see HandoverSchedule), set through the management API.
 */
public final class HandoverSwitch {
  private static final ModelNode PROPERTY =
      Operations.createAddress("system-property", "tcc.handover.paused");

  private HandoverSwitch() {}

  /** Pauses the handover; returns the management API's answer. */
  public static ModelNode pause(ManagementClient management) {
    ModelNode operation = Operations.createAddOperation(PROPERTY);
    operation.get("value").set("true");
    return execute(management, operation);
  }

  /** Lets the handover run again; returns the management API's answer. */
  public static ModelNode resume(ManagementClient management) {
    return execute(management, Operations.createRemoveOperation(PROPERTY));
  }

  private static ModelNode execute(ManagementClient management, ModelNode operation) {
    try {
      return management.getControllerClient().execute(operation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
