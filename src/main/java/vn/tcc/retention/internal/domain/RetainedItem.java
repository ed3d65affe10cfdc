package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;

/**
 * The facts about one piece of kept data that decide how long it is kept: what it is, where it is
 * stored, whose camera it came from, when its retention started, what it shows (camera and time),
 * which cases it belongs to and under which agreement it was received. Built by the modules that
 * own the data when they list it for a purge; {@link RetentionRules} decides from these facts only.
 *
 * @param ownerType the owner of the camera it came from; null for data from no camera (the audit
 *     trail), which only any-owner policies reach
 * @param retentionStartsAt the instant its period is counted from, as {@link DataClass} says for
 *     its class (capture, closure, rejection, receipt)
 * @param cameraCode the camera that captured it, or null
 * @param capturedFrom the first instant it shows (a frame: its instant; footage: its start), or
 *     null when it shows no time of a camera; {@code capturedTo} then null too
 * @param capturedTo the last instant it shows; equal to {@code capturedFrom} for a frame
 * @param cases the violation cases it belongs to; empty for none
 * @param agreementId the data-sharing agreement it was received under, or null
 * @param agreementPeriod the period that agreement sets for keeping it, or null when it sets none
 *     (the {@link DataClass#SHARED_CAMERA_DATA} policy applies then)
 */
public record RetainedItem(
    DataClass dataClass,
    StorageLevel level,
    OwnerType ownerType,
    Instant retentionStartsAt,
    String cameraCode,
    Instant capturedFrom,
    Instant capturedTo,
    List<CaseLink> cases,
    String agreementId,
    Period agreementPeriod) {

  public RetainedItem {
    Objects.requireNonNull(dataClass, "dataClass");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(retentionStartsAt, "retentionStartsAt");
    cases = List.copyOf(cases);
    if ((capturedFrom == null) != (capturedTo == null)
        || (capturedFrom != null && capturedFrom.isAfter(capturedTo))) {
      throw new IllegalArgumentException("What an item shows runs from a time to a later one");
    }
    if (agreementPeriod != null && agreementId == null) {
      throw new IllegalArgumentException("Only an agreement sets an agreement's period");
    }
  }

  /** An item of no camera, case or agreement; add those with the {@code with…} methods. */
  public static RetainedItem of(
      DataClass dataClass, StorageLevel level, OwnerType ownerType, Instant retentionStartsAt) {
    return new RetainedItem(
        dataClass, level, ownerType, retentionStartsAt, null, null, null, List.of(), null, null);
  }

  /** This item as what {@code cameraCode} captured from {@code from} to {@code to}. */
  public RetainedItem withCapture(String cameraCode, Instant from, Instant to) {
    return new RetainedItem(
        dataClass,
        level,
        ownerType,
        retentionStartsAt,
        cameraCode,
        from,
        to,
        cases,
        agreementId,
        agreementPeriod);
  }

  /** This item belonging to one more case. */
  public RetainedItem withCase(CaseLink link) {
    List<CaseLink> more = new ArrayList<>(cases);
    more.add(link);
    return new RetainedItem(
        dataClass,
        level,
        ownerType,
        retentionStartsAt,
        cameraCode,
        capturedFrom,
        capturedTo,
        more,
        agreementId,
        agreementPeriod);
  }

  /** This item as received under an agreement that sets {@code period} (null: sets none). */
  public RetainedItem withAgreement(String id, Period period) {
    return new RetainedItem(
        dataClass,
        level,
        ownerType,
        retentionStartsAt,
        cameraCode,
        capturedFrom,
        capturedTo,
        cases,
        id,
        period);
  }
}
