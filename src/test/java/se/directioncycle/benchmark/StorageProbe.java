package se.directioncycle.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.h2.mvstore.MVStore;
import se.directioncycle.operations.H2FileHousekeeping;

/**
 * The database's size on disk against its live data, while the application runs. On an H2 file: the file's size,
 * and the size of a consistent online copy ({@code BACKUP TO}) after {@code SHUTDOWN COMPACT}, which rewrites it
 * with live pages only. On PostgreSQL: {@code pg_database_size}; live data is only measured at the end, after
 * {@code VACUUM FULL} ({@link #vacuumedBytes}). An in-memory database has no size: -1.
 */
final class StorageProbe {

  /**
   * Sizes in bytes; on an H2 file also how much of the file its chunks use and how much of the chunks is live (in
   * percent, as H2 counts them: where the space between the two sizes goes), else -1.
   */
  record Size(long onDiskBytes, long liveBytes, int fileFillPercent, int chunksFillPercent) {

    Size(long onDiskBytes, long liveBytes) {
      this(onDiskBytes, liveBytes, -1, -1);
    }
  }

  private static final String H2_FILE = "jdbc:h2:file:";

  private final DataSource dataSource;
  private final String jdbcUrl;

  StorageProbe(DataSource dataSource, String jdbcUrl) {
    this.dataSource = dataSource;
    this.jdbcUrl = jdbcUrl;
  }

  Size measure() {
    try {
      if (jdbcUrl.startsWith(H2_FILE)) {
        int fileFill;
        int chunksFill;
        try (Connection connection = dataSource.getConnection()) {
          MVStore store = H2FileHousekeeping.fileStore(connection);
          fileFill = store.getFileStore().getFillRate();
          chunksFill = store.getFileStore().getChunksFillRate();
        }
        return new Size(Files.size(Path.of(h2Name() + ".mv.db")), h2LiveBytes(), fileFill, chunksFill);
      }
      if (jdbcUrl.startsWith("jdbc:postgresql:")) {
        return new Size(single("select pg_database_size(current_database())"), -1);
      }
      return new Size(-1, -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** PostgreSQL's database size after VACUUM FULL (every table rewritten without dead rows); -1 on H2. */
  long vacuumedBytes() {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      return -1;
    }
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute("VACUUM FULL");
      return single("select pg_database_size(current_database())");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What this process has written so far (Linux: {@code wchar} of /proc/self/io), which is the H2 file's writes and
   * little else; -1 where unknown or where the database is another process (PostgreSQL).
   */
  long bytesWritten() {
    if (!jdbcUrl.startsWith(H2_FILE)) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
        if (line.startsWith("wchar:")) {
          return Long.parseLong(line.substring("wchar:".length()).trim());
        }
      }
      return -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  /** PostgreSQL's largest tables (with their indexes and TOAST), largest first: "name size MB, …". */
  String largestTables(int count) {
    StringBuilder out = new StringBuilder();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select c.relname, pg_total_relation_size(c.oid) from pg_class c"
            + " join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r'"
            + " and n.nspname not in ('pg_catalog', 'information_schema') order by 2 desc limit " + count)) {
      while (rs.next()) {
        out.append(out.isEmpty() ? "" : ", ").append(String.format("%s %.2f MB", rs.getString(1), rs.getLong(2) / 1e6));
      }
      return out.toString();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String h2Name() {
    String path = jdbcUrl.substring(H2_FILE.length());
    int flags = path.indexOf(';');
    return flags < 0 ? path : path.substring(0, flags);
  }

  private long h2LiveBytes() throws IOException, SQLException {
    Path dir = Files.createTempDirectory("benchmark-live");
    try {
      Path zip = dir.resolve("backup.zip");
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("BACKUP TO '" + zip.toAbsolutePath() + "'");
      }
      Path copy = dir.resolve("backup.mv.db");
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          if (entry.getName().endsWith(".mv.db")) {
            Files.copy((InputStream) in, copy);
          }
        }
      }
      return compactedSize(copy);
    } finally {
      deleteTree(dir);
    }
  }

  /** The size of a copy of a closed H2 file after SHUTDOWN COMPACT, which rewrites it with live pages only. */
  static long compactedSize(Path file) throws IOException {
    Path dir = Files.createTempDirectory("benchmark-compact");
    try {
      Path copy = dir.resolve("live.mv.db");
      Files.copy(file, copy);
      try (Connection live = DriverManager.getConnection(H2_FILE + dir.resolve("live").toAbsolutePath(), "sa", "")) {
        live.createStatement().execute("SHUTDOWN COMPACT");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return Files.size(copy);
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  private long single(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
