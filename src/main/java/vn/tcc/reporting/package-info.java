/**
 * Reporting: later the periodic reports to the Provincial People's Committee; for now the
 * spreadsheet I/O other modules use for exports and import templates. Others use only {@link
 * vn.tcc.reporting.api}; Apache POI stays in {@code internal} (ArchitectureTest).
 */
package vn.tcc.reporting;
