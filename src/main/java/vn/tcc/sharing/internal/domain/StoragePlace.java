package vn.tcc.sharing.internal.domain;

/** Where received data is kept: the commune police's camera center, or a licensed cloud service. */
public enum StoragePlace {
  COMMUNE_CENTER,
  LICENSED_CLOUD
}
