/**
 * Small, stable types every module may use: the caller and his roles, jurisdictions, the audit
 * trail's API and the clock. Depends on no other TCC module.
 */
package vn.tcc.shared;
