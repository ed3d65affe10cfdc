package vn.tcc.reporting.internal.domain;

/** Who files reports to the provincial police for the Provincial People's Committee. */
public enum UnitKind {
  /** A provincial department (Sở Xây dựng, Sở Khoa học và Công nghệ...). */
  DEPARTMENT,
  /** The police of a commune or ward, with its jurisdiction. */
  COMMUNE_POLICE,
  /** The operator of the Smart City Intelligent Operations Center. */
  IOC_OPERATOR,
  /** A unit of the provincial police itself (the traffic police division). */
  PROVINCIAL_POLICE
}
