package vn.tcc.sharing.internal.application;

/** The audit trail's actions of the sharing module. */
final class SharingAudit {
  static final String PROVIDER_REGISTERED = "SHARING_PROVIDER_REGISTERED";
  static final String CONTACT_READ = "SHARING_PROVIDER_CONTACT_READ";
  static final String AGREEMENT_DRAFTED = "SHARING_AGREEMENT_DRAFTED";
  static final String AGREEMENT_MOVED = "SHARING_AGREEMENT_MOVED";
  static final String ACCESS_ALLOWED = "SHARING_ACCESS_ALLOWED";
  static final String ACCESS_REFUSED = "SHARING_ACCESS_REFUSED";
  static final String DENIED = "SHARING_ACCESS_DENIED";
  static final String EXPIRY_REMINDER = "SHARING_EXPIRY_REMINDER";

  private SharingAudit() {}
}
