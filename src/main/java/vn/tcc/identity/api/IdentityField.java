package vn.tcc.identity.api;

/**
 * A field of a citizen's record that a lookup may ask for. Data minimisation: a lookup names the
 * fields its purpose needs, the center answers only those, and only those the agency's account is
 * entitled to (Decree 70/2024 limits rights by field, purpose, time and scope).
 */
public enum IdentityField {
  /** Full name with diacritics as in the population database, e.g. "Nguyễn Văn An". */
  FULL_NAME,
  /** Date of birth, ISO {@code yyyy-MM-dd}. */
  DATE_OF_BIRTH,
  /** The 12-digit personal identification number (số định danh cá nhân, also on the CCCD). */
  PERSONAL_ID_NUMBER,
  /** Place of permanent residence (nơi thường trú): where a violation notice is sent. */
  PERMANENT_ADDRESS,
  /** Current place of residence (nơi ở hiện tại), when it differs from the permanent one. */
  CURRENT_ADDRESS,
  /**
   * Mobile phone number. Traffic police accounts are normally not entitled to it; asking for it
   * without that right is refused as a whole.
   */
  PHONE
}
