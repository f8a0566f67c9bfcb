package dev.bazaar.launcher;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A "test JVM" that starts a service and ends without stopping it, as a failed test would.
 * Prints the service's pid. Args: classpath-free; port and log file.
 */
public final class ForgetfulTest {

    private ForgetfulTest() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        ServiceProcess stub = ServiceProcess.forMainClass("forgotten", System.getProperty("java.class.path"),
                        StubService.class.getName(), "--port", String.valueOf(port))
                .httpPort(port)
                .logFile(Path.of(args[1]))
                .build();
        stub.start().awaitReady(Duration.ofSeconds(30));
        System.out.println("pid " + stub.pid());
    }
}
