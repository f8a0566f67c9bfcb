package dev.bazaar.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A private MariaDB server on loopback, in a data directory of its own.
 *
 * <p>Configured for what the shop needs: a row-based binlog with full row images (Debezium reads
 * the outbox tables from it), utf8mb4 on every MariaDB version, no name resolution (fast
 * connects), no TLS (MariaDB 11.4 would otherwise generate a 4096-bit RSA key at every start,
 * which costs seconds of CPU) and a socket and pid file of its own, so it never meets a system
 * instance. The first start installs the data directory; later starts reuse it and keep the data.
 *
 * <p>Access: user {@code root} with an empty password, accepted only on 127.0.0.1. That is the
 * local default and fine for a server that listens on loopback only; never expose it.
 */
public final class MariaDbServer implements Component {

    public static final int DEFAULT_PORT = 3307;
    public static final String HOST = "127.0.0.1";
    public static final String USER = "root";
    public static final String PASSWORD = "";

    /** A Unix socket path longer than this fails to bind (sun_path is 108 bytes). */
    private static final int MAX_SOCKET_PATH = 100;

    /**
     * @param dataDir      everything of this instance lives here: config, database files, binlog
     * @param port         TCP port on 127.0.0.1
     * @param logFile      the server's error log (and the installer's output)
     * @param binaries     which mariadbd to run; null: {@link MariaDbBinaries#detect} at start
     * @param startTimeout how long install + start may take
     */
    public record Settings(Path dataDir, int port, Path logFile, MariaDbBinaries binaries, Duration startTimeout) {

        public static Settings of(Path dataDir, int port) {
            return new Settings(dataDir, port, dataDir.resolve("mariadb.log"), null, Duration.ofSeconds(120));
        }

        public Settings withLogFile(Path logFile) {
            return new Settings(dataDir, port, logFile, binaries, startTimeout);
        }

        public Settings withBinaries(MariaDbBinaries binaries) {
            return new Settings(dataDir, port, logFile, binaries, startTimeout);
        }

        public Settings withStartTimeout(Duration startTimeout) {
            return new Settings(dataDir, port, logFile, binaries, startTimeout);
        }
    }

    private final Settings settings;
    private final Path dataDir;
    private MariaDbBinaries binaries;
    private ChildProcess process;

    public MariaDbServer(Settings settings) {
        this.settings = settings;
        this.dataDir = settings.dataDir().toAbsolutePath();
    }

    @Override
    public String name() {
        return "mariadb";
    }

    /** Installs the data directory if it is new, starts the server and waits until JDBC connects. */
    public MariaDbServer start() {
        launch();
        return awaitReady(settings.startTimeout());
    }

    /** Installs the data directory if it is new and spawns the server. */
    @Override
    public synchronized MariaDbServer launch() {
        if (process != null && process.isAlive()) {
            return this;
        }
        Ports.requireFree(settings.port(), "MariaDB", "start MariaDB on another port");
        binaries = settings.binaries() != null ? settings.binaries()
                : MariaDbBinaries.detect(MariaDbBinaries.defaultCacheDir());
        Dirs.create(dataDir);
        Path config = writeConfig();
        if (!Files.isDirectory(databaseDir().resolve("mysql"))) {
            install(config);
        }
        process = ChildProcess.start(name(), List.of(binaries.mariadbd().toString(), "--defaults-file=" + config),
                Map.of(), dataDir, settings.logFile());
        return this;
    }

    /** Ready = a JDBC connection as root succeeds. On failure the server is stopped. */
    @Override
    public MariaDbServer awaitReady(Duration timeout) {
        requireLaunched();
        try {
            Await.ready(process, "MariaDB (" + binaries.describe() + ")", timeout, this::canConnect);
        } catch (StartupException e) {
            process.stop(Duration.ofSeconds(10));
            throw new StartupException(e.getMessage() + versionHint(), e);
        }
        return this;
    }

    /** SIGTERM makes mariadbd shut down cleanly (InnoDB flushed); SIGKILL only after 30 s. */
    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    /** SIGKILL, as a crash would: InnoDB recovers at the next start. */
    @Override
    public synchronized void kill() {
        if (process != null) {
            process.kill();
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + HOST + ":" + settings.port() + "/";
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return settings.port();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl() + "?connectTimeout=2000", USER, PASSWORD);
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).map(ChildProcess::handle);
    }

    @Override
    public Path logFile() {
        return settings.logFile();
    }

    /** Known after {@link #start()}. */
    public MariaDbBinaries binaries() {
        return binaries;
    }

    private void requireLaunched() {
        if (process == null) {
            throw new IllegalStateException("MariaDB was not launched");
        }
    }

    private boolean canConnect() throws SQLException {
        try (Connection ignored = connect()) {
            return true;
        }
    }

    private Path databaseDir() {
        return dataDir.resolve("db");
    }

    /** Rewritten at every start, so a changed port or binary applies to an existing data dir. */
    private Path writeConfig() {
        List<String> lines = new ArrayList<>(List.of(
                "# Written by the Bazaar launcher at every start: edit MariaDbServer.java instead.",
                "[mariadbd]",
                "datadir=" + databaseDir(),
                "port=" + settings.port(),
                "bind-address=" + HOST,
                "socket=" + socketPath(),
                "pid-file=" + dataDir.resolve("mariadb.pid"),
                // its own temporary files: several servers (tests, benches) share this machine's /tmp
                "tmpdir=" + Dirs.create(dataDir.resolve("tmp")),
                // binlog for Debezium; a relative name keeps it inside the data dir
                "server_id=1",
                "log_bin=mariadb-bin",
                "binlog_format=ROW",
                "binlog_row_image=FULL",
                "skip-name-resolve",
                "skip-ssl",
                // 10.11 defaults to latin1, 11.4 to utf8mb4: make both the same
                "character-set-server=utf8mb4",
                "collation-server=utf8mb4_unicode_ci"));
        if (isRoot()) {
            lines.add("user=root"); // mariadbd refuses to run as root without it
        }
        if (binaries.baseDir() != null) {
            lines.add("basedir=" + binaries.baseDir());
        }
        Path config = dataDir.resolve("my.cnf");
        Dirs.write(config, String.join("\n", lines) + "\n");
        return config;
    }

    /**
     * Installs into a scratch directory and renames it when done, so that an interrupted install
     * is redone instead of leaving a data dir that looks installed but is not.
     */
    private void install(Path config) {
        Path scratch = dataDir.resolve("db.installing");
        Dirs.deleteRecursively(scratch);
        List<String> command = new ArrayList<>(List.of(
                binaries.installDb().toString(),
                "--defaults-file=" + config, // must come first
                "--datadir=" + scratch,
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        if (isRoot()) {
            command.add("--user=root");
        }
        if (binaries.baseDir() != null) {
            command.add("--basedir=" + binaries.baseDir());
        }
        ChildProcess.runToCompletion("mariadb-install-db", command, Map.of(), dataDir, settings.logFile(),
                settings.startTimeout());
        try {
            Dirs.deleteRecursively(databaseDir());
            Files.move(scratch, databaseDir());
        } catch (java.io.IOException e) {
            throw new StartupException("cannot move the new MariaDB data dir into place: " + e.getMessage(), e);
        }
        Dirs.write(dataDir.resolve("installed-by"), binaries.describe() + "\n");
    }

    /** A data dir made by a newer MariaDB may not open with an older one: say so. */
    private String versionHint() {
        Path marker = dataDir.resolve("installed-by");
        try {
            String installedBy = Files.isRegularFile(marker) ? Files.readString(marker).trim() : binaries.describe();
            if (!installedBy.equals(binaries.describe())) {
                return System.lineSeparator() + "  note: " + dataDir + " was created by " + installedBy
                        + ", this start used " + binaries.describe()
                        + "; delete that folder to start with an empty database.";
            }
        } catch (java.io.IOException ignored) {
            // the hint is optional
        }
        return "";
    }

    private Path socketPath() {
        Path socket = dataDir.resolve("mariadb.sock");
        if (socket.toString().length() <= MAX_SOCKET_PATH) {
            return socket;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "bazaar-mariadb-" + settings.port() + ".sock");
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public String toString() {
        return "MariaDB on " + HOST + ":" + settings.port() + " in " + dataDir;
    }
}
