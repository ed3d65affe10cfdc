package vn.tcc.event.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tcc.event.api.EvidenceTransfer;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.TransferTarget;

/**
 * Violation evidence chosen in a commune's review goes up as the file it is: item id and SHA-256
 * are one (see {@link ViolationEvidenceSource}), and the evidence store moves it.
 */
@ApplicationScoped
public class ViolationEvidenceTransfer implements TransferTarget {
  private EvidenceTransfer transfer;

  ViolationEvidenceTransfer() {}

  @Inject
  ViolationEvidenceTransfer(EvidenceTransfer transfer) {
    this.transfer = transfer;
  }

  @Override
  public DataClass dataClass() {
    return DataClass.VIOLATION_EVIDENCE;
  }

  @Override
  public TransferReceipt toProvince(String itemId) {
    return transfer
        .toProvince(itemId)
        .map(
            moved ->
                new TransferReceipt(
                    itemId,
                    moved.verified(),
                    moved.sha256Before(),
                    moved.sha256After(),
                    moved.bytes(),
                    moved.fromPath(),
                    moved.toPath(),
                    moved.detail()))
        .orElse(
            new TransferReceipt(
                itemId, false, null, null, 0, null, null, "not in the evidence store"));
  }
}
