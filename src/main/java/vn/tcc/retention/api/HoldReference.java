package vn.tcc.retention.api;

import java.time.LocalDate;

/**
 * A legal hold in force, as another module needs to know it: which hold, the decision that orders
 * it (to show why something cannot be deleted), and until when.
 *
 * @param heldThrough the last local day (Asia/Ho_Chi_Minh) it holds, or null: until lifted
 */
public record HoldReference(long holdId, String decisionNumber, LocalDate heldThrough) {}
