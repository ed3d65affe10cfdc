package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.sharing.api.SharedAccessDecision;
import vn.tcc.sharing.api.SharedCameraAccess;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

/**
 * The access check asked by a person (the API, a page): the caller's jurisdiction is the requesting
 * unit, the input is checked first, then {@link SharedCameraAccess} decides, logs and audits.
 */
@ApplicationScoped
public class AccessCheckService {
  /** A camera's clock may run a little ahead of ours; data from further ahead does not exist. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Inject SharedCameraAccess access;
  @Inject Clock clock;

  public record CheckBody(String cameraCode, String dataType, String purpose, String dataTime) {}

  public record CheckAnswer(
      String cameraCode,
      String dataType,
      String purpose,
      String unit,
      Instant dataTime,
      boolean allowed,
      String reason,
      Long agreementId) {}

  public CheckAnswer check(Caller caller, CheckBody body) {
    SharingRoles.require(caller, SharingRoles.CHECKERS);
    if (body == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    SharingInput input = new SharingInput();
    String camera = input.code("cameraCode", body.cameraCode(), true);
    SharedDataType type = input.choice("dataType", body.dataType(), SharedDataType.class, true);
    SharingPurpose purpose = input.choice("purpose", body.purpose(), SharingPurpose.class, true);
    Instant now = clock.instant();
    Instant dataTime = input.instant("dataTime", body.dataTime());
    if (dataTime != null && dataTime.isAfter(now.plus(CLOCK_SKEW))) {
      input.add(FieldError.of("dataTime", "sharing.check.future"));
    }
    input.check();
    Instant when = dataTime == null ? now : dataTime;
    SharedAccessDecision decision =
        access.check(camera, type, purpose, caller.jurisdiction(), when);
    return new CheckAnswer(
        camera,
        type.name(),
        purpose.name(),
        caller.jurisdiction().value(),
        when,
        decision.allowed(),
        decision.reason().name(),
        decision.agreementId());
  }
}
