/**
 * Reporting: later the periodic reports to the Provincial People's Committee; for now the
 * spreadsheet I/O other modules use for exports and import templates, and the notice of violation
 * sent to vehicle owners (Word and PDF). Others use only {@link vn.tcc.reporting.api}; Apache POI
 * and Apache PDFBox stay in {@code internal} (ArchitectureTest). It uses {@code vn.tcc.shared}
 * only.
 */
package vn.tcc.reporting;
