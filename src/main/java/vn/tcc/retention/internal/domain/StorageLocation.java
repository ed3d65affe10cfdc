package vn.tcc.retention.internal.domain;

import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A real place where kept data is: a commune's camera center or the provincial center, with the
 * store its files are in and what that storage was sized for.
 *
 * @param jurisdiction the commune it serves; null for the provincial center
 * @param root the setting naming the directory of its evidence files ({@code TCC_EVIDENCE_DIR},
 *     {@code TCC_PROVINCE_EVIDENCE_DIR})
 * @param capacityBytes what its storage holds, or null while not entered
 */
public record StorageLocation(
    String code,
    StorageLevel level,
    JurisdictionCode jurisdiction,
    String root,
    Long capacityBytes) {
  public static final String PROVINCE = "PROVINCE";

  /** The code of a commune's center: {@code COMMUNE:GL.QUY_NHON}. */
  public static String communeCode(JurisdictionCode commune) {
    return "COMMUNE:" + commune.value();
  }
}
