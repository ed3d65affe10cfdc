package vn.tcc.event.internal.domain;

import java.util.List;

/** Why an event was rejected: the field at fault, a message key of the bundle and its arguments. */
public record Reason(String field, String messageKey, List<Object> args)
    implements java.io.Serializable {
  public Reason {
    args = List.copyOf(args);
  }

  public static Reason of(String field, String messageKey, Object... args) {
    return new Reason(field, messageKey, List.of(args));
  }
}
