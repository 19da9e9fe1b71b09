package se.directioncycle.operations;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Keeps the embedded H2 file near its live data (ADR 0021). H2 does this housekeeping in its background writer,
 * which does not run at {@code WRITE_DELAY=0} (ADR 0004: every commit written before the call returns), so
 * every commit's new chunk leaves the older ones sparse and the file grows. This task does the background
 * writer's work on a schedule: it moves chunks from the end of the file into free space so the file can shrink,
 * and rewrites the live pages of the chunks sparser than the average into a new one. With {@code RETENTION_TIME=0}
 * in the URL the emptied chunks' space is written again at the next commit. Does nothing on PostgreSQL or an
 * in-memory H2.
 */
@Component
public class H2FileHousekeeping {

  private static final Logger log = LoggerFactory.getLogger(H2FileHousekeeping.class);

  /**
   * H2's own rewrite with a bound on the chunks it takes, as its background writer calls it. The public
   * {@code MVStore.compact} offers it every chunk that is not full and H2 ranks old chunks first, so once the history
   * is large its steps went to old chunks 90 % live and freed little (ADR 0021). Null if a new H2 renamed them; the
   * housekeeping then falls back to the public call and {@code H2FileHousekeepingTest} fails.
   */
  private static final Method REWRITE_CHUNKS = h2Method(FileStore.class, "rewriteChunks", int.class, int.class);
  private static final Method UNDER_STORE_LOCK = h2Method(MVStore.class, "tryExecuteUnderStoreLock", Callable.class);

  private final DataSource dataSource;
  private final int targetFillRate;
  private final int writeLimitBytes;
  /** Rounds that failed since the last one that did not; a lasting failure is logged every 600th round only. */
  private int failuresInARow;

  H2FileHousekeeping(DataSource dataSource,
      @Value("${directioncycle.h2.housekeeping.target-fill-rate:80}") int targetFillRate,
      @Value("${directioncycle.h2.housekeeping.write-limit-bytes:2097152}") int writeLimitBytes) {
    this.dataSource = dataSource;
    this.targetFillRate = targetFillRate;
    this.writeLimitBytes = writeLimitBytes;
  }

  @Scheduled(fixedDelayString = "${directioncycle.h2.housekeeping.interval:PT0.1S}",
      initialDelayString = "${directioncycle.h2.housekeeping.interval:PT0.1S}")
  void compact() {
    try (Connection connection = dataSource.getConnection()) {
      MVStore store = fileStore(connection);
      if (store == null || store.isClosed()) {
        return;
      }
      if (store.getFileStore() instanceof RandomAccessStore file && file.getFillRate() < targetFillRate) {
        file.compactMoveChunks(101, writeLimitBytes, store);
      }
      rewriteSparseChunks(store);
      failuresInARow = 0;
    } catch (SQLException | RuntimeException e) {
      // housekeeping must never disturb the application; the next round tries again
      if (failuresInARow++ % 600 == 0) {
        log.warn("H2 file housekeeping failed ({} round(s) in a row, logged every 600th): {}", failuresInARow,
            e.toString());
      }
    }
  }

  /**
   * While the chunks are less than the target fill rate live, rewrites the live pages of the chunks at most as live
   * as the average, up to the write limit, as H2's background writer does. Waits at most 10 ms for the store's lock:
   * a busy moment skips a round instead of holding up commits.
   */
  void rewriteSparseChunks(MVStore store) {
    FileStore<?> file = store.getFileStore();
    int chunksFillRate = file.getChunksFillRate();
    if (chunksFillRate >= targetFillRate) {
      return;
    }
    if (!rewritesBoundedByFillRate()) {
      store.compact(targetFillRate, writeLimitBytes);
      return;
    }
    // ReflectionUtils passes H2's own exceptions through as they are, so the store reacts to them as to its own calls
    Callable<Object> rewrite = () -> ReflectionUtils.invokeMethod(REWRITE_CHUNKS, file, writeLimitBytes,
        chunksFillRate);
    if (Boolean.TRUE.equals(ReflectionUtils.invokeMethod(UNDER_STORE_LOCK, store, rewrite))) {
      // write the rewritten pages on this thread, as H2's background writer does, instead of in the next user's
      // commit; skipped (and left to that commit) if a commit is being written right now
      store.tryCommit();
    }
  }

  private static Method h2Method(Class<?> type, String name, Class<?>... parameters) {
    Method method = ReflectionUtils.findMethod(type, name, parameters);
    if (method == null) {
      log.warn("H2 has no {}.{}: the file housekeeping rewrites with H2's public compaction", type.getSimpleName(),
          name);
      return null;
    }
    ReflectionUtils.makeAccessible(method);
    return method;
  }

  /** Whether this H2 has the bounded rewrite; false means a new H2 changed its internals (see the fields above). */
  static boolean rewritesBoundedByFillRate() {
    return REWRITE_CHUNKS != null && UNDER_STORE_LOCK != null;
  }

  /**
   * The H2 file store behind a pooled connection, or null when the database is not an H2 file. The benchmark reads
   * its fill rates through this too.
   */
  public static MVStore fileStore(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)
        || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
        || !session.getDatabase().isPersistent()) {
      return null;
    }
    Store store = session.getDatabase().getStore();
    return store == null ? null : store.getMvStore();
  }
}
