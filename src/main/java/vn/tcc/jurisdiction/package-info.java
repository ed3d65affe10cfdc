/**
 * The province and its communes/wards: the jurisdictions that scope what each user may see. Two
 * levels since July 2025 (province, commune/ward). It uses {@code vn.tcc.shared} only.
 */
package vn.tcc.jurisdiction;
