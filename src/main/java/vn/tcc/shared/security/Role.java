package vn.tcc.shared.security;

/** Realm roles issued by Keycloak; the names are the ones in the token. */
public final class Role {
  public static final String OFFICER = "officer";
  public static final String SUPERVISOR = "supervisor";
  public static final String COORDINATOR = "coordinator";
  public static final String ADMIN = "admin";
  public static final String AUDITOR = "auditor";

  /**
   * Command-center operator: watches cameras on the video wall, takes and handles incidents, keeps
   * the shift's operations log (issue 19).
   */
  public static final String OPERATOR = "operator";

  /** Machine client: regional server clusters and intermediate devices sending events. */
  public static final String EVENT_SOURCE = "event-source";

  /** Machine client: the Smart City Intelligent Operations Center. */
  public static final String IOC = "ioc";

  /**
   * A data provider's representative (a business, household or organisation sharing its cameras):
   * signs in to his own page only, never to the staff pages.
   */
  public static final String PROVIDER = "provider";

  /** Roles of people who use the browser pages. */
  public static final java.util.List<String> STAFF =
      java.util.List.of(OFFICER, SUPERVISOR, COORDINATOR, ADMIN, AUDITOR, OPERATOR);

  private Role() {}
}
