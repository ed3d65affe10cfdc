/**
 * Violation case management: an accepted violation event becomes a case, two officers verify it
 * blind, the owner is identified, a notice goes out, and the case ends paid, rejected or closed
 * after an appeal, with the fine and licence points of the rule in force on the violation date and
 * the deadlines of Circular 73/2024. For now only the pure rules exist, in {@code internal.domain};
 * they use {@link vn.tcc.vms.api} (event types) and {@code vn.tcc.shared}.
 */
package vn.tcc.violation;
