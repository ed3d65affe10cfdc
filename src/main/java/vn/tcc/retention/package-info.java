/**
 * Retention scheduling: how long each class of data (footage, evidence, plate reads, cases, owner
 * answers, appeals, quarantined events, shared camera data, the audit trail) is kept at a commune
 * or the provincial center, on what legal basis, and the legal holds that keep data whatever the
 * policy says. The rules are in {@code internal.domain}: policies versioned by effective date
 * ({@code PolicyBook}), holds lifted only by a second supervisor ({@code LegalHold}), and the
 * longest claim wins ({@code RetentionRules}). Coming in later slices: the commune → province
 * review-and-transfer step, purges carried out through the VMS, signed deletion records, dry run,
 * pages and REST.
 *
 * <p>It uses {@code vn.tcc.shared} and {@link vn.tcc.camera.api} (owner types); the purge will use
 * {@code vn.tcc.event.api}, {@code vn.tcc.vms.api} and the violation module's api when they have
 * what it needs. Other modules ask it "is this held?" through {@link vn.tcc.retention.api}.
 */
package vn.tcc.retention;
