package vn.tcc.retention.internal.domain;

import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.StorageLevel;

/**
 * One line of a deletion record: what was (or could not be) deleted, its hash and size, and the
 * rule that let it go (the policy version and its legal basis).
 *
 * @param policyVersion the version of the policy that made it due, or 0 for a manual deletion
 * @param legalBasis the legal basis of that policy, or the reason given for a manual deletion
 */
public record DeletedItem(
    DataClass dataClass,
    String itemId,
    StorageLevel level,
    String sha256,
    long sizeBytes,
    int policyVersion,
    String legalBasis,
    DeletionOutcome.Result outcome,
    String detail)
    implements java.io.Serializable {}
