package vn.tcc.command.internal.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads live streams are relayed on, one per open stream, apart from the server's request
 * threads (32 on two cores: two operators' 16-tile walls would take them all, and every page and
 * API call after them would wait). A stream mostly waits for the VMS's next frame, so a few hundred
 * threads cost memory, not CPU. At most {@code TCC_LIVE_MAX_STREAMS} (400: 20 operators × 16 tiles
 * and some) at once; one more is refused rather than queued behind a stream that never ends.
 */
@ApplicationScoped
public class LiveRelays {
  static final int DEFAULT_MAX_STREAMS = 400;

  @Resource ManagedThreadFactory managedThreads;

  private ThreadPoolExecutor pool;

  @PostConstruct
  void start() {
    startWith(maxStreams(System.getenv("TCC_LIVE_MAX_STREAMS")));
  }

  void startWith(int max) {
    ThreadFactory threads =
        managedThreads == null ? Executors.defaultThreadFactory() : managedThreads;
    pool = new ThreadPoolExecutor(0, max, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
  }

  /** The setting, or the default when it is missing or not a number from 1 to 10,000. */
  static int maxStreams(String setting) {
    try {
      int value = setting == null ? DEFAULT_MAX_STREAMS : Integer.parseInt(setting.strip());
      return value < 1 || value > 10_000 ? DEFAULT_MAX_STREAMS : value;
    } catch (NumberFormatException e) {
      return DEFAULT_MAX_STREAMS;
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /** Starts {@code relaying} on a thread of its own; false when all relay threads are taken. */
  boolean start(Runnable relaying) {
    try {
      pool.execute(relaying);
      return true;
    } catch (RejectedExecutionException full) {
      return false;
    }
  }

  /** Streams being relayed now. */
  int active() {
    return pool.getActiveCount();
  }
}
