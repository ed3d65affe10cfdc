package vn.tcc.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Which node of a cluster runs a scheduled job: the one holding the job's PostgreSQL advisory lock
 * on its leadership connection. Every node's timers fire (non-persistent {@code @Schedule} timers
 * are per node); each job asks {@link #leads} first and returns at once on the other nodes.
 *
 * <p>Why advisory locks rather than WildFly's HA singleton or clustered timers: the jobs already
 * run as non-persistent EJB timers that must keep working unchanged on one node, and every job only
 * reads and writes PostgreSQL, so the database that already decides who wins is the natural judge.
 * A session-level lock lives exactly as long as its connection: when a node dies (even by SIGKILL)
 * the operating system closes its socket, PostgreSQL ends the session and frees its locks, and the
 * surviving node takes the job at its next tick. No second coordination system (JGroups view,
 * Infinispan cache) can disagree with the database about who leads.
 *
 * <p>One node (the default {@code standalone-full.xml}) has no leadership data source: this node
 * leads every job and no database call is made, exactly as before. The cluster profile ({@code
 * config/wildfly/cluster/cluster.cli}) adds {@value #DATASOURCE}, outside JTA, because the lock's
 * connection stays open for as long as this node leads.
 *
 * <p>The handover's lanes are shared out by {@link #leadsShare}: a node claims lanes up to its fair
 * share of the live nodes and gives back, only while the lane is idle, what it holds beyond that,
 * so two nodes never drain one lane and a lane's events stay in order.
 */
@ApplicationScoped
public class JobLeadership {
  /** The cluster profile's non-JTA data source for the leadership connection. */
  public static final String DATASOURCE = "java:jboss/datasources/TccLeaderDS";

  /** The leadership sessions' application name: one per live node. */
  static final String APPLICATION_NAME = "tcc-job-leadership";

  /**
   * First key of the two-key advisory locks ("TC" in ASCII); the second is {@code hashtext} of the
   * job's name. The one-key locks of the audit chain and the purge live in another key space.
   */
  static final int LOCK_CLASS = 0x5443;

  private static final Logger LOG = Logger.getLogger(JobLeadership.class.getName());

  private DataSource leaderSource;
  private Connection connection;
  private final Set<String> held = new TreeSet<>();
  private final Map<String, AtomicLong> runs = new ConcurrentHashMap<>();

  @PostConstruct
  void findDataSource() {
    try {
      leaderSource = (DataSource) new InitialContext().lookup(DATASOURCE);
    } catch (NamingException | ClassCastException oneNode) {
      leaderSource = null;
    }
  }

  /** Whether this server is one node of a cluster (the cluster profile is in use). */
  public boolean clustered() {
    return leaderSource != null;
  }

  /**
   * Whether this node runs {@code job} now. On one node always; in a cluster, when this node holds
   * the job's lock or takes it now. Counted in {@link #runs()} when it answers yes.
   */
  public synchronized boolean leads(String job) {
    if (leaderSource == null || holds(job) || tryLock(job)) {
      count(job);
      return true;
    }
    return false;
  }

  /**
   * Whether this node runs member {@code index} of the {@code count} members of {@code group} (the
   * handover's lanes) now. It claims a free member while it holds fewer than its fair share
   * (members divided by live nodes, rounded up), and gives back one it holds beyond that share, but
   * only while the caller says the member is {@code idle} (no work of it under way), so the
   * member's work never runs on two nodes at once.
   */
  public synchronized boolean leadsShare(String group, int index, int count, boolean idle) {
    String member = group + "#" + index;
    if (leaderSource == null) {
      count(member);
      return true;
    }
    boolean mine = holds(member);
    if (connection == null) {
      return false;
    }
    int share;
    try {
      int nodes = liveNodes();
      share = (count + nodes - 1) / nodes;
    } catch (SQLException lost) {
      drop(lost);
      return false;
    }
    long inGroup = held.stream().filter(key -> key.startsWith(group + "#")).count();
    if (mine) {
      if (inGroup > share && idle) {
        unlock(member);
        return false;
      }
      count(member);
      return true;
    }
    if (inGroup < share && tryLock(member)) {
      count(member);
      return true;
    }
    return false;
  }

  /** How often this node answered yes, per job (or lane), since it started. */
  public Map<String, Long> runs() {
    Map<String, Long> copy = new TreeMap<>();
    runs.forEach((job, count) -> copy.put(job, count.get()));
    return copy;
  }

  /** The jobs (and lanes) this node holds the lock of now; empty on one node. */
  public synchronized Set<String> held() {
    return new TreeSet<>(held);
  }

  @PreDestroy
  synchronized void resign() {
    held.clear();
    close();
  }

  /** Whether the lock of {@code job} is still this node's: its session must still be alive. */
  private boolean holds(String job) {
    if (connection != null) {
      try {
        if (connection.isValid(2)) {
          return held.contains(job);
        }
        drop(new SQLException("the leadership connection is no longer valid"));
      } catch (SQLException lost) {
        drop(lost);
      }
    }
    try {
      connection = leaderSource.getConnection();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
      }
    } catch (SQLException unavailable) {
      LOG.log(Level.FINE, "No leadership connection now", unavailable);
      close();
    }
    return false;
  }

  private boolean tryLock(String job) {
    if (connection == null) {
      return false;
    }
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
      statement.setInt(1, LOCK_CLASS);
      statement.setString(2, job);
      try (ResultSet result = statement.executeQuery()) {
        boolean locked = result.next() && result.getBoolean(1);
        if (locked) {
          held.add(job);
          LOG.log(Level.INFO, "This node now leads {0}", job);
        }
        return locked;
      }
    } catch (SQLException lost) {
      drop(lost);
      return false;
    }
  }

  private void unlock(String job) {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
      statement.setInt(1, LOCK_CLASS);
      statement.setString(2, job);
      statement.executeQuery().close();
      held.remove(job);
      LOG.log(Level.INFO, "This node gave {0} back to share it with the other nodes", job);
    } catch (SQLException lost) {
      drop(lost);
    }
  }

  private int liveNodes() throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?");
        ResultSet result = executed(statement)) {
      return result.next() ? Math.max(1, result.getInt(1)) : 1;
    }
  }

  private static ResultSet executed(PreparedStatement statement) throws SQLException {
    statement.setString(1, APPLICATION_NAME);
    return statement.executeQuery();
  }

  private void drop(SQLException why) {
    if (!held.isEmpty()) {
      LOG.log(Level.WARNING, "Leadership connection lost; this node no longer leads " + held, why);
    }
    held.clear();
    close();
  }

  private void close() {
    if (connection != null) {
      // Pooled: a live session would keep its locks and its name in the pool, so drop both first.
      try (Statement statement = connection.createStatement()) {
        statement.setQueryTimeout(2);
        statement.execute("SELECT pg_advisory_unlock_all(); RESET application_name");
      } catch (SQLException ignored) {
        // The session is gone, and its locks with it.
      }
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Already broken.
      }
      connection = null;
    }
  }

  private void count(String job) {
    runs.computeIfAbsent(job, key -> new AtomicLong()).incrementAndGet();
  }
}
