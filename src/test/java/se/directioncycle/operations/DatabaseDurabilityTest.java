package se.directioncycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default database keeps every acknowledged commit when the process is killed hard
 * (kill -9): a child JVM commits with the application's own JDBC settings, while the file housekeeping moves and
 * rewrites chunks, and is killed mid-stream.
 */
class DatabaseDurabilityTest {

  @TempDir
  Path dataDir;

  @Test
  void eachConnectionKeepsThePlansOfItsRecentStatements() throws Exception {
    String url = configuredUrl().replace("${directioncycle.data-dir}", dataDir.toString());
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet setting = connection.createStatement().executeQuery(
            "select setting_value from information_schema.settings where setting_name = 'QUERY_CACHE_SIZE'")) {
      assertThat(setting.next()).isTrue();
      // H2's default is 8: fewer than one Tasklist request's statements, so every request planned its queries again
      assertThat(Integer.parseInt(setting.getString(1))).isGreaterThanOrEqualTo(256);
    }
  }

  @Test
  void noAcknowledgedCommitIsLostWhenTheProcessIsKilled() throws Exception {
    String url = configuredUrl().replace("${directioncycle.data-dir}", dataDir.toString());
    assertThat(url).startsWith("jdbc:h2:file:").contains("WRITE_DELAY=0").contains("RETENTION_TIME=0")
        .contains("COMPRESS=TRUE");

    Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), H2CommitWriter.class.getName(), url)
        .redirectErrorStream(true).start();
    int acknowledged = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream()))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          acknowledged = Integer.parseInt(line.substring("committed ".length()));
          if (acknowledged >= 1000) {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            break;
          }
        }
      }
    }
    writer.waitFor();
    assertThat(acknowledged).isGreaterThanOrEqualTo(1000);
    assertThat(Files.list(dataDir).toList()).isNotEmpty();

    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet rows = connection.createStatement().executeQuery("select count(*), max(n) from acknowledged")) {
      rows.next();
      assertThat(rows.getInt(2)).as("highest acknowledged commit survived").isGreaterThanOrEqualTo(acknowledged);
      assertThat(rows.getInt(1)).isEqualTo(rows.getInt(2));
    }
  }

  private static String configuredUrl() throws Exception {
    List<PropertySource<?>> sources = new YamlPropertySourceLoader()
        .load("application", new ClassPathResource("application.yml"));
    return (String) sources.get(0).getProperty("spring.datasource.url");
  }
}
