package vn.tcc.retention.internal.application;

import java.util.List;
import vn.tcc.retention.internal.domain.LegalHold;

/**
 * Every legal hold ever placed, lifted or not, newest first, for the pages that list them (the
 * domain's {@code LegalHolds} answers only what is in force). Holds are tens, not millions.
 */
public interface HoldArchive {
  /** The newest {@code limit} holds, newest first. */
  List<LegalHold> newest(int limit);
}
