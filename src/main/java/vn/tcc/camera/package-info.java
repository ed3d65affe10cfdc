/**
 * The camera registry: cameras and the sites of the hierarchy they report to (connection points,
 * commune and provincial camera centers, regional server clusters, intermediate devices). It uses
 * {@link vn.tcc.jurisdiction.api}, {@link vn.tcc.reporting.api} (spreadsheets; it computes the
 * camera figures of the periodic reports as an {@code IndicatorSource}) and {@code vn.tcc.shared}.
 */
package vn.tcc.camera;
