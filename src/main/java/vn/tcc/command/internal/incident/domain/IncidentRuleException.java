package vn.tcc.command.internal.incident.domain;

/** A move the incident's state or the caller's part does not allow; the message is a bundle key. */
public class IncidentRuleException extends RuntimeException {
  private final transient Object[] args;

  public IncidentRuleException(String messageKey, Object... args) {
    super(messageKey);
    this.args = args.clone();
  }

  public String messageKey() {
    return getMessage();
  }

  public Object[] args() {
    return args.clone();
  }
}
