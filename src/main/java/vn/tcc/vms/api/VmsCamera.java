package vn.tcc.vms.api;

/**
 * A camera as the VMS knows it. {@code enabled} is the VMS's own switch (a disabled monitor records
 * nothing); {@code streamUri} is the source the VMS pulls from, without credentials.
 */
public record VmsCamera(
    String externalId,
    String name,
    boolean enabled,
    String streamUri,
    Integer width,
    Integer height) {}
