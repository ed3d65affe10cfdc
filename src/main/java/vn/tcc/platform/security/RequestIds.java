package vn.tcc.platform.security;

import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: taken from a well-formed X-Request-Id header (a cluster resending), else new. */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  public static final String ATTRIBUTE = "tcc.requestId";
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  private RequestIds() {}

  public static String acceptOrCreate(String offered) {
    if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
      return offered;
    }
    return UUID.randomUUID().toString();
  }
}
