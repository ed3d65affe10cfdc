package vn.tcc.retention.internal.application;

/**
 * An administrator's new policy version as typed: every field as text, read and checked by {@link
 * PolicyAdministration#change}.
 *
 * @param ownerType an owner type, or {@code ANY} / empty for any owner
 * @param period ISO-8601, e.g. {@code P30D}, {@code P5Y}, {@code P1Y6M}
 * @param effectiveFrom the first day in force, {@code yyyy-MM-dd}, not before today
 */
public record PolicyChangeRequest(
    String dataClass,
    String level,
    String ownerType,
    String period,
    String endAction,
    String legalBasis,
    String effectiveFrom,
    String reason) {}
