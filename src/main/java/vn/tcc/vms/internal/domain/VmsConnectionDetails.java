package vn.tcc.vms.internal.domain;

/** What an admin states about a VMS connection (the secret travels apart, write-only). */
public record VmsConnectionDetails(
    String code,
    String name,
    String product,
    String jurisdictionCode,
    String baseUrl,
    String username,
    int timeoutMillis,
    int pollSeconds,
    int offlineAlertMinutes,
    boolean enabled) {}
