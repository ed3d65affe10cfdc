/**
 * Retention scheduling: how long each class of data (footage, evidence, plate reads, cases, owner
 * answers, appeals, quarantined events, shared camera data, the audit trail) is kept at a commune
 * or the provincial center, on what legal basis, and the legal holds that keep data whatever the
 * policy says. The rules are in {@code internal.domain}: policies versioned by effective date
 * ({@code PolicyBook}), holds lifted only by a second supervisor ({@code LegalHold}), and the
 * longest claim wins ({@code RetentionRules}); purges planned (dry run) and carried out through the
 * owning modules, with signed deletion records; and the commune → province review: each commune's
 * queue of data past its period ({@code ReviewItem}), transfers verified at the receiving end with
 * their chain of custody, the rest let go for the purge.
 *
 * <p>It uses {@code vn.tcc.shared} and {@link vn.tcc.camera.api} (owner types). Other modules ask
 * it "is this held?" through {@link vn.tcc.retention.api}, and implement its ports: {@link
 * vn.tcc.retention.api.RetentionSource} to list and delete what they keep, {@link
 * vn.tcc.retention.api.TransferTarget} to move a file up to the provincial store. It counts its
 * deletions for the data-protection report through {@link vn.tcc.reporting.api.IndicatorSource}.
 */
package vn.tcc.retention;
