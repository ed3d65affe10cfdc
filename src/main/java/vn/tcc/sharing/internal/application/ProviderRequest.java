package vn.tcc.sharing.internal.application;

/** A provider to register, as the API or a page sends it. */
public record ProviderRequest(
    String code,
    String kind,
    String name,
    String jurisdiction,
    String taxCode,
    String cameraOwnerCode,
    String contactName,
    String contactPhone,
    String contactEmail) {}
