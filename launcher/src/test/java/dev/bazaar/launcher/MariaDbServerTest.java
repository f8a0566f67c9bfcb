package dev.bazaar.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs a real MariaDB: the system one if installed (and then the embedded one in a test of its
 * own), else the embedded one, unpacked once into the user's cache.
 */
@Timeout(120)
class MariaDbServerTest {

    @TempDir
    Path dir;

    private MariaDbServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void servesARowBasedBinlogAndKeepsDataAcrossRestartsAndCrashes() throws Exception {
        server = new MariaDbServer(MariaDbServer.Settings.of(dir.resolve("mariadb"), Ports.freePort())).start();

        try (Connection connection = server.connect(); Statement sql = connection.createStatement()) {
            assertThat(variable(sql, "log_bin")).isEqualTo("ON");
            assertThat(variable(sql, "binlog_format")).isEqualTo("ROW");
            assertThat(variable(sql, "binlog_row_image")).isEqualTo("FULL");
            assertThat(variable(sql, "server_id")).isEqualTo("1");
            assertThat(variable(sql, "bind_address")).isEqualTo("127.0.0.1");
            assertThat(variable(sql, "character_set_server")).isEqualTo("utf8mb4");
            sql.execute("CREATE DATABASE shop");
            sql.execute("CREATE TABLE shop.items (id INT PRIMARY KEY, name VARCHAR(50)) ENGINE=InnoDB");
            sql.execute("INSERT INTO shop.items VALUES (1, 'kept across a clean stop')");
        }
        server.stop();
        assertThat(server.isAlive()).isFalse();

        server.start();
        try (Connection connection = server.connect(); Statement sql = connection.createStatement()) {
            assertThat(names(sql)).containsExactly("kept across a clean stop");
            sql.execute("INSERT INTO shop.items VALUES (2, 'kept across a crash')");
        }
        server.kill();

        server.start();
        try (Connection connection = server.connect(); Statement sql = connection.createStatement()) {
            assertThat(names(sql)).containsExactly("kept across a clean stop", "kept across a crash");
        }
    }

    @Test
    void embeddedBinariesWorkWhereASystemMariaDbIsInstalledToo() throws Exception {
        assumeTrue(MariaDbBinaries.system().isPresent(), "no system mariadbd: the other test ran the embedded one");
        MariaDbBinaries embedded = MariaDbBinaries.embedded(MariaDbBinaries.defaultCacheDir());
        server = new MariaDbServer(MariaDbServer.Settings.of(dir.resolve("embedded"), Ports.freePort())
                .withBinaries(embedded)).start();

        try (Connection connection = server.connect(); Statement sql = connection.createStatement()) {
            assertThat(variable(sql, "version")).startsWith(embedded.version());
            assertThat(variable(sql, "binlog_format")).isEqualTo("ROW");
        }
    }

    @Test
    void refusesAPortThatIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server = new MariaDbServer(MariaDbServer.Settings.of(dir.resolve("taken"), taken.getLocalPort()));

            assertThatThrownBy(server::start)
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " (MariaDB) is already in use");
        }
    }

    private static String variable(Statement sql, String name) throws SQLException {
        try (ResultSet row = sql.executeQuery("SHOW GLOBAL VARIABLES LIKE '" + name + "'")) {
            assertThat(row.next()).as(name).isTrue();
            return row.getString(2);
        }
    }

    private static java.util.List<String> names(Statement sql) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT name FROM shop.items ORDER BY id")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
