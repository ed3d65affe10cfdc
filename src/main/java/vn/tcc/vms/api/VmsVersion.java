package vn.tcc.vms.api;

/** What the VMS says it is: its product version and, where it has one, its API version. */
public record VmsVersion(String product, String version, String apiVersion) {}
