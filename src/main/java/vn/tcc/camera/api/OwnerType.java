package vn.tcc.camera.api;

/**
 * Who owns a camera (Decision 502/QD-TTg): police, a provincial department, a business, a
 * household.
 */
public enum OwnerType {
  POLICE,
  DEPARTMENT,
  ORGANIZATION,
  HOUSEHOLD
}
