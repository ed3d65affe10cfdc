/**
 * Small, stable types every module may use: the caller and his roles, jurisdictions, the audit
 * trail's API and the clock, the one JDBC helper ({@code persistence}) and the page messages and
 * lazy table model of every module's pages ({@code web}). Uses no other TCC module.
 */
package vn.tcc.shared;
