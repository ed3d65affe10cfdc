package vn.tcc.camera.api;

import java.math.BigDecimal;
import java.util.List;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.security.Caller;

/**
 * Cameras of provincial departments (local investment) integrated at the Smart City IOC come into
 * the registry from the IOC's list, so police see them on the map. One camera at a time, each in
 * its own transaction, so one bad item never undoes the good ones.
 */
public interface DepartmentCameras {

  /**
   * Registers the camera under its department (owner type DEPARTMENT, created on first sight), or
   * brings a registered department camera up to date; the same camera twice changes nothing. A code
   * held by a camera of another owner type is refused. Callers: role {@code ioc} or {@code admin}.
   */
  Result upsert(Caller caller, DepartmentCamera camera);

  /**
   * @param departmentCode the department's owner code in the registry (e.g. {@code GL-SXD})
   * @param vmsLinkUrl the address of the camera's video at the department's VMS (http/https/rtsp)
   */
  record DepartmentCamera(
      String code,
      String name,
      BigDecimal latitude,
      BigDecimal longitude,
      String communeCode,
      String departmentCode,
      String departmentName,
      String vmsLinkUrl) {}

  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
  }

  /** What happened to one camera; the field errors when rejected. */
  record Result(Outcome outcome, List<FieldError> errors) {}
}
