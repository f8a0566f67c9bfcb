package dev.bazaar.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher end to end, as a child JVM on a fake repository whose "services" are the stub:
 * start order, URLs, reverse stop, recovery after a killed launcher, port conflicts, and the
 * test infrastructure's ready file.
 */
@Timeout(180)
class ShopTest {

    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path repo;

    @Test
    void upStartsEverythingStopsInReverseOrderAndCleansUpAfterAKilledLauncher() throws Exception {
        fakeService("auth-service");
        fakeService("outbox-relay");
        fakeService("web-bff");
        int offset = freeServicePortOffset();
        int dbPort = Ports.freePort();
        // the stubs need no Kafka: an external address nobody serves also covers that path (infra starts one)
        String kafka = "127.0.0.1:" + Ports.freePort();
        String[] up = {"up", "--repo", repo.toString(), "--db-port", String.valueOf(dbPort), "--external-kafka", kafka,
                "--port-offset", String.valueOf(offset), "--jvm-opts", "-Xmx64m"};

        LauncherRun first = LauncherRun.start(repo.resolve("first.out"), up);
        first.awaitOutput("The shop is up", START);
        String out = first.output();
        assertThat(out).contains("store-service    skipped: no store-service/target/store-service.jar");
        assertThat(out).contains("auth-service     ready in", "web-bff          ready in", "mariadb          ready in",
                "kafka            external at " + kafka + " (warning: not reachable now");
        assertThat(out.indexOf("web-bff          starting")).as("the BFF starts after the others are ready")
                .isGreaterThan(out.indexOf("auth-service     ready in"));
        assertThat(out.indexOf("auth-service     starting")).as("the services start once the outbox relay is ready")
                .isGreaterThan(out.indexOf("outbox-relay     ready in"));
        assertThat(out).contains("http://localhost:" + (8080 + offset) + "/api/v1/status",
                "gRPC localhost:" + (9081 + offset), repo.resolve(".shop/logs").toString());
        assertThat(status(8081 + offset)).isEqualTo(200);
        assertThat(Files.readString(repo.resolve(".shop/logs/auth-service.log")))
                .contains("BAZAAR_DB_PORT=" + dbPort, "BAZAAR_GRPC_PORT=" + (9081 + offset),
                        "BAZAAR_KAFKA_BOOTSTRAP_SERVERS=" + kafka);
        try (Connection db = connect(dbPort); Statement sql = db.createStatement()) {
            try (ResultSet schemas = sql.executeQuery("SHOW DATABASES LIKE 'orders'")) {
                assertThat(schemas.next()).as("the service schemas exist before the services start").isTrue();
            }
            sql.execute("CREATE DATABASE kept");
        }
        long mariadbPid = pidOf("mariadb");
        long authPid = pidOf("auth-service");

        first.sigkill(); // its children live on, holding ports and data
        assertThat(ProcessHandle.of(mariadbPid).map(ProcessHandle::isAlive)).contains(true);

        LauncherRun second = LauncherRun.start(repo.resolve("second.out"), up);
        second.awaitOutput("The shop is up", START);
        assertThat(second.output()).contains("Stopped what a previous launcher left running");
        assertThat(ProcessHandle.of(mariadbPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(ProcessHandle.of(authPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        try (Connection db = connect(dbPort); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SHOW DATABASES LIKE 'kept'")) {
            assertThat(rows.next()).as("data kept by the second up").isTrue();
        }
        List<Long> children = List.of(pidOf("mariadb"), pidOf("auth-service"), pidOf("web-bff"));

        second.sigterm();
        assertThat(second.awaitExit(Duration.ofSeconds(60))).isEqualTo(143);
        String stop = second.output();
        assertThat(stop).contains("Stopped.");
        int bff = stop.indexOf("web-bff          stopping");
        int auth = stop.indexOf("auth-service     stopping");
        assertThat(bff).isPositive().isLessThan(auth);
        assertThat(auth).isLessThan(stop.indexOf("mariadb          stopping"));
        for (long pid : children) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("pid " + pid).isNotEqualTo(java.util.Optional.of(true));
        }
        try (var files = Files.list(repo.resolve(".shop/run"))) {
            assertThat(files.toList()).as("pid files").isEmpty();
        }
    }

    @Test
    void upRefusesPortsThatAreTakenBeforeStartingAnything() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            LauncherRun run = LauncherRun.start(repo.resolve("taken.out"), "up", "--repo", repo.toString(),
                    "--db-port", String.valueOf(taken.getLocalPort()), "--port-offset", String.valueOf(freeServicePortOffset()),
                    "--kafka-port", String.valueOf(Ports.freePort()), "--kafka-controller-port", String.valueOf(Ports.freePort()));

            assertThat(run.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(run.output()).contains("ports already in use by another program: " + taken.getLocalPort()
                    + " (MariaDB, --db-port)").doesNotContain("starting");
        }
    }

    @Test
    void infraWritesTheReadyFileAndStopsWhenTheWatchedProcessEnds() throws Exception {
        Process watched = new ProcessBuilder("sleep", "120").start();
        int dbPort = Ports.freePort();
        int kafkaPort = Ports.freePort();
        Path ready = repo.resolve("infra.ready");
        LauncherRun infra = LauncherRun.start(repo.resolve("infra.out"), "infra", "--repo", repo.toString(),
                "--db-port", String.valueOf(dbPort), "--kafka-port", String.valueOf(kafkaPort),
                "--kafka-controller-port", String.valueOf(Ports.freePort()),
                "--ready-file", ready.toString(), "--watch-pid", String.valueOf(watched.pid()));

        infra.awaitOutput("BAZAAR_TEST_KAFKA_BOOTSTRAP_SERVERS", START); // printed after the ready file
        assertThat(Files.readAllLines(ready)).containsExactly(
                "BAZAAR_TEST_DB_HOST=127.0.0.1",
                "BAZAAR_TEST_DB_PORT=" + dbPort,
                "BAZAAR_TEST_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + kafkaPort);
        assertThat(infra.output()).contains("BAZAAR_TEST_DB_PORT=" + dbPort);
        assertThat(repo.resolve(".shop/test/data/mariadb/db")).isDirectory();
        long mariadbPid = Long.parseLong(Files.readString(repo.resolve(".shop/test/run/mariadb.pid")).split(" ")[0]);

        watched.destroy();
        assertThat(infra.awaitExit(Duration.ofSeconds(60))).isZero();
        assertThat(ready).doesNotExist();
        assertThat(ProcessHandle.of(mariadbPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }

    /** A service jar that runs the stub: what Helidon's packaging would put in target/. */
    private void fakeService(String name) throws IOException {
        Path jar = repo.resolve(name).resolve("target").resolve(name + ".jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StubService.class.getName());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            String entry = StubService.class.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(entry));
            try (var in = StubService.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
    }

    private long pidOf(String component) throws IOException {
        return Long.parseLong(Files.readString(repo.resolve(".shop/run/" + component + ".pid")).trim().split(" ")[0]);
    }

    /** An offset that moves every service port (8080-8090, 9081-9084) onto free ports. */
    private static int freeServicePortOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int offset = 20_000 + (int) (Math.random() * 20_000);
            boolean free = ServiceSpec.ALL.stream().map(spec -> spec.shifted(offset))
                    .allMatch(spec -> Ports.isFree(spec.httpPort()) && (spec.grpcPort() == 0 || Ports.isFree(spec.grpcPort())));
            if (free) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port range for the services");
    }

    private static Connection connect(int port) throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
    }

    private static int status(int port) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
