package vn.tcc.shared.time;

import java.time.ZoneId;

/** TCC shows and reasons about time in Vietnam's zone, whatever the server's default is. */
public final class TccTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private TccTime() {}
}
