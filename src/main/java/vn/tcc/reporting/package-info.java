/**
 * Reporting: the periodic reports units file for the Provincial People's Committee (periods with
 * the Decree 09/2019 cut-offs, forms as data, submissions pre-filled from TCC's data, their review,
 * and the Excel and Word files), the spreadsheet I/O other modules use for exports and import
 * templates, and the notice of violation sent to vehicle owners (Word and PDF). Others use only
 * {@link vn.tcc.reporting.api}; Apache POI and Apache PDFBox stay in {@code internal}
 * (ArchitectureTest). It uses {@code vn.tcc.shared} only: the modules whose data fills a report
 * (violation, camera) implement {@link vn.tcc.reporting.api.IndicatorSource}.
 */
package vn.tcc.reporting;
