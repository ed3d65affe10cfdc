package vn.tcc.retention.internal.domain;

import java.util.List;

/**
 * The answer to "is this deletion record what the center signed?": each check with whether it
 * passed and, when it did not, why. Valid only when every check passed.
 */
public record RecordVerification(boolean valid, List<Check> checks)
    implements java.io.Serializable {

  /** The checks, in the order they run. */
  public enum CheckName {
    /** The stored SHA-256 of the document is the SHA-256 of the stored document. */
    DOCUMENT_HASH,
    /** The CMS signature is valid over the stored document's bytes. */
    SIGNATURE,
    /**
     * The signature's certificate is the center's current certificate or one it signed with before,
     * and the one the record names.
     */
    SIGNER_CERTIFICATE,
    /** The document names the same run as the record's row (it was not moved to another run). */
    RUN_MATCHES
  }

  /**
   * One check.
   *
   * @param problem why it failed, in English for the log and the API; null when it passed
   */
  public record Check(CheckName name, boolean passed, String problem)
      implements java.io.Serializable {
    public static Check passed(CheckName name) {
      return new Check(name, true, null);
    }

    public static Check failed(CheckName name, String problem) {
      return new Check(name, false, problem);
    }
  }

  public RecordVerification {
    checks = List.copyOf(checks);
  }

  public static RecordVerification of(List<Check> checks) {
    return new RecordVerification(checks.stream().allMatch(Check::passed), checks);
  }

  /** The names of the checks that failed, e.g. for the audit entry. */
  public List<CheckName> failed() {
    return checks.stream().filter(c -> !c.passed()).map(Check::name).toList();
  }
}
