/**
 * Violation case management: an accepted violation event becomes a case (repeats within 10 minutes
 * join it), two officers verify it blind and a supervisor settles a disagreement, the owner is
 * identified through the population database's authentication center, a notice goes out (checked
 * publicly by its code), and the case ends paid, rejected or closed after an appeal — with the fine
 * and licence points of the rule in force on the violation date, the deadlines of Circular 73/2024,
 * and every look and change on the audit trail.
 *
 * <p>The rules are in {@code internal.domain}: the {@code ViolationCase} aggregate makes every move
 * of its lifecycle (checked by {@code CaseLifecycle}, recorded with who, why and when) and is
 * loaded and saved through its repository port {@code ViolationCases}, whose JDBC adapter is in
 * {@code internal.persistence} with the module's other stores (all on the shared JDBC helper). In
 * {@code internal.application}, {@code CaseAccess} gives the case a caller may see (his role and
 * jurisdiction; another area's case is a 404, the refused look audited), and the use cases
 * (verification, identification, notices, settlement, deadlines) act on the aggregate.
 *
 * <p>It uses {@link vn.tcc.event.api} (accepted events, their evidence), {@link vn.tcc.camera.api}
 * (cameras; it provides the registry's false-detection rate), {@link vn.tcc.identity.api} (owner
 * lookups), {@link vn.tcc.reporting.api} (the notice documents; it computes the violation figures
 * of the periodic reports as an {@code IndicatorSource}) and {@code vn.tcc.shared}.
 */
package vn.tcc.violation;
