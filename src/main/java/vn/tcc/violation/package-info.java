/**
 * Violation case management: an accepted violation event becomes a case (repeats within 10 minutes
 * join it), two officers verify it blind and a supervisor settles a disagreement, the owner is
 * identified through the population database's authentication center, a notice goes out (checked
 * publicly by its code), and the case ends paid, rejected or closed after an appeal — with the fine
 * and licence points of the rule in force on the violation date, the deadlines of Circular 73/2024,
 * and every look and change on the audit trail. The rules are in {@code internal.domain}; it uses
 * {@link vn.tcc.vms.api} (events, evidence), {@link vn.tcc.camera.api} (cameras; it provides the
 * registry's false-detection rate), {@link vn.tcc.identity.api} (owner lookups), {@link
 * vn.tcc.reporting.api} (the notice documents) and {@code vn.tcc.shared}.
 */
package vn.tcc.violation;
