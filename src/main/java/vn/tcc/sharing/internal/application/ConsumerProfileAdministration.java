package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.ConsumerProfile;
import vn.tcc.sharing.internal.domain.ConsumerProfiles;
import vn.tcc.sharing.internal.domain.FeedDataClass;
import vn.tcc.sharing.internal.domain.SharingAgreement;
import vn.tcc.sharing.internal.domain.SharingAgreements;

/**
 * Administrators read and change what each consumer receives (fields, active), each change with a
 * reason on the audit trail, and name a consumer on a draft agreement so the provider's cameras may
 * reach it once the agreement is active.
 */
@ApplicationScoped
public class ConsumerProfileAdministration {
  static final String PROFILE_CHANGED = "SHARING_PROFILE_CHANGED";
  static final String CONSUMER_NAMED = "SHARING_AGREEMENT_CONSUMER_ADDED";

  @Inject ConsumerProfiles profiles;
  @Inject SharingAgreements agreements;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  /** A change: the new field lists and activity, the version read, and why. */
  public record ProfileChange(
      Boolean active,
      List<String> cameraFields,
      List<String> eventCountFields,
      List<String> incidentFields,
      Long version,
      String reason) {}

  @Transactional
  public List<ConsumerProfile> all(Caller caller) {
    SharingRoles.require(caller, SharingRoles.MANAGERS);
    return profiles.all();
  }

  @Transactional
  public ConsumerProfile one(Caller caller, String consumer) {
    SharingRoles.require(caller, SharingRoles.MANAGERS);
    return find(consumer);
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public ConsumerProfile change(Caller caller, String consumer, ProfileChange change) {
    SharingRoles.require(caller, SharingRoles.MANAGERS);
    ConsumerProfile before = find(consumer);
    if (change == null) {
      throw new ValidationException(List.of(FieldError.of("reason", "sharing.input.required")));
    }
    SharingInput input = new SharingInput();
    String reason = input.required("reason", change.reason(), 1000);
    if (change.active() == null) {
      input.add(FieldError.of("active", "sharing.input.required"));
    }
    if (change.version() == null) {
      input.add(FieldError.of("version", "sharing.input.required"));
    }
    List<String> cameraFields =
        fields(input, "cameraFields", change.cameraFields(), FeedDataClass.CAMERA_LIST_AND_STATUS);
    List<String> countFields =
        fields(input, "eventCountFields", change.eventCountFields(), FeedDataClass.EVENT_COUNTS);
    // Absent: unchanged, so a client written before incidents were a class changes nothing there.
    List<String> incidentFields =
        change.incidentFields() == null
            ? before.incidentFields()
            : fields(input, "incidentFields", change.incidentFields(), FeedDataClass.INCIDENTS);
    input.check();
    if (change.version() != before.version()) {
      throw new ProblemException(409, "sharing.profile.changedMeanwhile", before.consumer());
    }
    ConsumerProfile after =
        before.changed(
            change.active(),
            cameraFields,
            countFields,
            incidentFields,
            caller.username(),
            clock.instant());
    if (!profiles.save(after)) {
      throw new ProblemException(409, "sharing.profile.changedMeanwhile", before.consumer());
    }
    trail.record(
        new AuditRecord(
            PROFILE_CHANGED,
            "consumer",
            before.consumer(),
            null,
            null,
            false,
            AuditOutcome.SUCCESS,
            "active "
                + before.active()
                + " -> "
                + after.active()
                + "; cameras "
                + before.cameraFields()
                + " -> "
                + after.cameraFields()
                + "; event counts "
                + before.eventCountFields()
                + " -> "
                + after.eventCountFields()
                + "; incidents "
                + before.incidentFields()
                + " -> "
                + after.incidentFields()
                + "; reason: "
                + reason));
    return find(consumer);
  }

  /**
   * Names the consumer on a draft agreement: the provider agrees, at signing, that its cameras'
   * list and counts go on to this consumer. A signed agreement's content is fixed (409).
   */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public List<String> nameOnAgreement(
      Caller caller, String consumer, Long agreementId, String reasonText) {
    SharingRoles.require(caller, SharingRoles.MANAGERS);
    ConsumerProfile profile = find(consumer);
    SharingInput input = new SharingInput();
    String reason = input.required("reason", reasonText, 1000);
    if (agreementId == null || agreementId < 1) {
      input.add(FieldError.of("agreementId", "sharing.input.required"));
    }
    input.check();
    SharingAgreement agreement =
        agreements
            .find(agreementId)
            .orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    if (agreement.state() != AgreementState.DRAFT) {
      throw new ProblemException(409, "sharing.profile.draftOnly", agreementId);
    }
    if (profiles.addToAgreement(
        agreementId, profile.consumer(), caller.username(), clock.instant())) {
      trail.record(
          new AuditRecord(
              CONSUMER_NAMED,
              "agreement",
              Long.toString(agreementId),
              null,
              null,
              false,
              AuditOutcome.SUCCESS,
              "consumer " + profile.consumer() + "; reason: " + reason));
    }
    return profiles.consumersOf(agreementId);
  }

  private ConsumerProfile find(String consumer) {
    if (consumer == null || consumer.length() > 100) {
      throw new ProblemException(404, "sharing.profile.unknown", "?");
    }
    return profiles
        .find(consumer)
        .orElseThrow(() -> new ProblemException(404, "sharing.profile.unknown", consumer));
  }

  private static List<String> fields(
      SharingInput input, String field, List<String> values, FeedDataClass dataClass) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > dataClass.fields().size() * 2) {
      input.add(FieldError.of(field, "sharing.input.tooMany", dataClass.fields().size()));
      return List.of();
    }
    List<String> chosen = new ArrayList<>();
    for (String value : values) {
      String name = input.text(field, value, 24);
      if (name == null) {
        continue;
      }
      if (!dataClass.fields().contains(name)) {
        input.add(FieldError.of(field, "sharing.profile.unknownField", name, dataClass.name()));
      } else if (!chosen.contains(name)) {
        chosen.add(name);
      }
    }
    return chosen;
  }
}
