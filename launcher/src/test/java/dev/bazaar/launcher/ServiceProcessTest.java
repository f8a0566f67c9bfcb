package dev.bazaar.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class ServiceProcessTest {

    @TempDir
    Path dir;

    private final List<ServiceProcess> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(ServiceProcess::kill);
    }

    @Test
    void waitsUntilReadyAndStopsWithSigterm() throws Exception {
        ServiceProcess stub = stub("--ready-after-ms", "1500");
        long begin = System.nanoTime();

        stub.start().awaitReady(Duration.ofSeconds(30));

        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(get(stub.readyUri())).isEqualTo(200);
        assertThat(stub.isAlive()).isTrue();
        assertThat(stub.pid()).isPositive();

        assertThat(stub.stop(Duration.ofSeconds(10))).as("exited within the grace period").isTrue();
        assertThat(stub.isAlive()).isFalse();
        assertThat(stub.exitValue()).isEqualTo(143); // 128 + SIGTERM: the JVM's normal answer
        assertThat(Files.readString(stub.logFile())).contains("stub stopping: SIGTERM received", "stub stopped");
    }

    @Test
    void passesEnvironmentToTheService() throws Exception {
        int port = Ports.freePort();
        ServiceProcess stub = track(ServiceProcess.forMainClass("env-stub", testClasspath(), StubService.class.getName())
                .httpPort(port)
                .env("SERVER_PORT", String.valueOf(port))
                .env("BAZAAR_DB_PORT", "13307")
                .logFile(dir.resolve("env-stub.log"))
                .build());

        stub.start().awaitReady(Duration.ofSeconds(30));

        assertThat(Files.readString(stub.logFile())).contains("stub starting on port " + port, "BAZAAR_DB_PORT=13307");
    }

    @Test
    void failsAtOnceWithTheLogWhenTheProcessDiesDuringStart() {
        ServiceProcess stub = stub("--exit-at-start", "3");
        long begin = System.nanoTime();

        assertThatThrownBy(() -> stub.start().awaitReady(Duration.ofSeconds(45)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("simulated start failure: cannot connect to the database")
                .hasMessageContaining(stub.logFile().toString());
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void failsWhenNotReadyInTime() {
        ServiceProcess stub = stub("--never-ready");

        assertThatThrownBy(() -> stub.start().awaitReady(Duration.ofSeconds(2)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("not ready within 2 s")
                .hasMessageContaining("stub listening");
        assertThat(stub.isAlive()).as("awaitReady leaves the decision to stop to the caller").isTrue();
    }

    @Test
    void killsWhatDoesNotStopWithinTheGracePeriod() throws Exception {
        ServiceProcess stub = stub("--ignore-sigterm");
        stub.start().awaitReady(Duration.ofSeconds(30));

        long begin = System.nanoTime();
        assertThat(stub.stop(Duration.ofSeconds(1))).as("exited by itself").isFalse();

        assertThat(stub.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10));
        assertThat(Files.readString(stub.logFile())).contains("SIGTERM received").doesNotContain("stub stopped");
    }

    @Test
    void killIsSigkill() throws Exception {
        ServiceProcess stub = stub();
        stub.start().awaitReady(Duration.ofSeconds(30));

        stub.kill();

        assertThat(stub.isAlive()).isFalse();
        assertThat(stub.exitValue()).isEqualTo(137); // 128 + SIGKILL
        assertThat(Files.readString(stub.logFile())).doesNotContain("SIGTERM received");
    }

    @Test
    void childrenDoNotOutliveAJvmThatForgotToStopThem() throws Exception {
        Process jvm = new ProcessBuilder(Java.executable(), "-cp", testClasspath(), ForgetfulTest.class.getName(),
                String.valueOf(Ports.freePort()), dir.resolve("forgotten.log").toString())
                .redirectErrorStream(true).start();
        String out = new String(jvm.getInputStream().readAllBytes());
        assertThat(jvm.waitFor()).as(out).isZero();
        long pid = Long.parseLong(out.lines().filter(line -> line.startsWith("pid ")).findFirst().orElseThrow()
                .substring(4).trim());

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("stub pid " + pid)
                .isNotEqualTo(java.util.Optional.of(true));
        assertThat(Files.readString(dir.resolve("forgotten.log"))).contains("SIGTERM received");
    }

    private ServiceProcess stub(String... args) {
        int port = Ports.freePort();
        List<String> all = new ArrayList<>(List.of("--port", String.valueOf(port)));
        all.addAll(List.of(args));
        return track(ServiceProcess.forMainClass("stub", testClasspath(), StubService.class.getName(),
                        all.toArray(String[]::new))
                .httpPort(port)
                .logFile(dir.resolve("stub-" + port + ".log"))
                .stopGrace(Duration.ofSeconds(10))
                .build());
    }

    private ServiceProcess track(ServiceProcess process) {
        started.add(process);
        return process;
    }

    static String testClasspath() {
        return System.getProperty("java.class.path");
    }

    private static int get(URI uri) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
