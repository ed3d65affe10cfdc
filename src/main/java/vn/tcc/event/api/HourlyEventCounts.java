package vn.tcc.event.api;

import java.time.Instant;
import java.util.List;

/**
 * How many events each camera sent per event type and hour, for feeds that must follow the counts
 * as events keep arriving (the Smart City IOC). Events are followed by their id, not their time: a
 * device resends what it stored during an outage hours later, and an hour already delivered must be
 * delivered again with its new count. A reader keeps a watermark (the highest id it has counted)
 * and asks for the hours touched by events above it.
 */
public interface HourlyEventCounts {

  /**
   * The highest event id a reader may count up to now: ids are handed out before their transactions
   * commit, so the newest ids (received in the last few seconds) are left for the next call rather
   * than risk skipping one that commits late. Never below {@code atLeast}.
   */
  long watermark(long atLeast);

  /**
   * The (camera, event type, hour) groups that events with {@code afterId < id <= upToId} fall in,
   * in key order after {@code after} (null: from the start), at most {@code limit}; each with its
   * full count over every event up to {@code upToId}, not only the new ones.
   *
   * @param withPlates also list the distinct plates read in the group (personal data: only for a
   *     consumer whose profile says so)
   */
  List<HourlyCount> touched(
      long afterId, long upToId, GroupKey after, int limit, boolean withPlates);

  /** Where a group sits in the key order: camera code, event type, hour. */
  record GroupKey(String cameraCode, String eventType, Instant hour) {}

  /**
   * @param commune the commune/ward the camera was in when the events were taken
   * @param hour the hour's start (UTC instant; an hour is the same in every whole-hour zone)
   * @param plates the distinct plates read, sorted; empty unless asked for
   */
  record HourlyCount(GroupKey key, String commune, long count, List<String> plates) {}
}
