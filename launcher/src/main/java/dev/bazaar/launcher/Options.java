package dev.bazaar.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line and environment of the launcher, parsed once. Ports default per command so a
 * developer's shop ({@code up}) and the test infrastructure ({@code infra}) never collide.
 *
 * @param externalDb    host:port of a MariaDB to use instead of starting one
 * @param externalKafka bootstrap servers of a Kafka to use instead of starting one
 * @param watchPid      infra: stop when this process ends (the ./shop script that started us)
 */
record Options(String command, Path repo, int dbPort, int kafkaPort, int kafkaControllerPort,
               int portOffset, Optional<HostPort> externalDb, Optional<String> externalKafka, int parallel,
               List<String> serviceJvmOptions, Duration serviceTimeout, boolean keepGoing,
               Optional<Path> readyFile, Optional<Long> watchPid, boolean classDataSharing) {

    record HostPort(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    static final String USAGE = """
            usage: shop <command> [options]

            commands:
              up       start MariaDB, Kafka and every service that is built; Ctrl-C stops all
              infra    start only MariaDB and Kafka for the test suite, in a fresh .shop/test/
              help     this text

            options:
              --repo DIR                  repository root (default: $BAZAAR_REPO_DIR, else the current dir)
              --db-port N                 port of the local MariaDB (up: 3307, infra: 13307)
              --kafka-port N              port of the local Kafka broker (up: 9092, infra: 19092)
              --kafka-controller-port N   its KRaft controller port (up: 9093, infra: 19093)
              --port-offset N             up: add N to every service port (a second shop beside the first)
              --external-db HOST[:PORT]   use this MariaDB, start none (or set BAZAAR_DB_HOST / BAZAAR_DB_PORT)
              --external-kafka SERVERS    use this Kafka, start none (or set BAZAAR_KAFKA_BOOTSTRAP_SERVERS)
              --parallel N                services started at the same time (default 2)
              --jvm-opts "OPTS"           JVM options of every service (or BAZAAR_SERVICE_JVM_OPTS)
              --service-timeout SECONDS   how long a service may take to become ready (default 120)
              --keep-going                up: keep the others running when a service fails to start
              --cds                       up: a class-data archive per service in .shop/cds, written when a service
                                          first stops and used from then on: starts ~35 % faster, ~10 % more RSS
              --ready-file PATH           infra: file written when everything is ready (default .shop/test/ready)
              --watch-pid PID             infra: stop when that process ends

            environment:
              BAZAAR_MARIADB=embedded|system   which MariaDB binaries to run (default: system if installed)
              BAZAAR_CACHE_DIR                 where the embedded MariaDB is unpacked (default ~/.cache/bazaar)
            """;

    static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = ServiceProcess.DEFAULT_JVM_OPTIONS;

    static Options parse(String[] args, Map<String, String> env) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            args = new String[] {"help"}; // ./shop up --help
        }
        String command = args[0];
        boolean infra = command.equals("infra");
        Path repo = Path.of(env.getOrDefault("BAZAAR_REPO_DIR", "."));
        int dbPort = infra ? 13307 : MariaDbServer.DEFAULT_PORT;
        int kafkaPort = infra ? 19092 : KafkaBroker.DEFAULT_PORT;
        int controllerPort = infra ? 19093 : KafkaBroker.DEFAULT_CONTROLLER_PORT;
        int portOffset = 0;
        Optional<HostPort> externalDb = externalDbFromEnv(env);
        Optional<String> externalKafka = Optional.ofNullable(blankToNull(env.get("BAZAAR_KAFKA_BOOTSTRAP_SERVERS")));
        int parallel = 2;
        List<String> jvmOptions = Optional.ofNullable(blankToNull(env.get("BAZAAR_SERVICE_JVM_OPTS")))
                .map(Options::split).orElse(DEFAULT_SERVICE_JVM_OPTIONS);
        Duration serviceTimeout = Duration.ofSeconds(120);
        boolean keepGoing = false;
        Optional<Path> readyFile = Optional.empty();
        Optional<Long> watchPid = Optional.empty();
        boolean classDataSharing = false;

        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        while (!rest.isEmpty()) {
            String option = rest.removeFirst();
            switch (option) {
                case "--repo" -> repo = Path.of(value(option, rest));
                case "--db-port" -> dbPort = port(option, value(option, rest));
                case "--kafka-port" -> kafkaPort = port(option, value(option, rest));
                case "--kafka-controller-port" -> controllerPort = port(option, value(option, rest));
                case "--port-offset" -> portOffset = number(option, value(option, rest));
                case "--external-db" -> externalDb = Optional.of(hostPort(value(option, rest), 3306));
                case "--external-kafka" -> externalKafka = Optional.of(value(option, rest));
                case "--parallel" -> parallel = Math.max(1, number(option, value(option, rest)));
                case "--jvm-opts" -> jvmOptions = split(value(option, rest));
                case "--service-timeout" -> serviceTimeout = Duration.ofSeconds(number(option, value(option, rest)));
                case "--keep-going" -> keepGoing = true;
                case "--cds" -> classDataSharing = true;
                case "--ready-file" -> readyFile = Optional.of(Path.of(value(option, rest)));
                case "--watch-pid" -> watchPid = Optional.of((long) number(option, value(option, rest)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Options(command, repo.toAbsolutePath().normalize(), dbPort, kafkaPort, controllerPort,
                portOffset, externalDb, externalKafka, parallel, jvmOptions, serviceTimeout, keepGoing, readyFile, watchPid,
                classDataSharing);
    }

    /** Either variable set means "a database is already there": the launcher starts none. */
    private static Optional<HostPort> externalDbFromEnv(Map<String, String> env) {
        String host = blankToNull(env.get("BAZAAR_DB_HOST"));
        String port = blankToNull(env.get("BAZAAR_DB_PORT"));
        if (host == null && port == null) {
            return Optional.empty();
        }
        return Optional.of(new HostPort(host == null ? "127.0.0.1" : host,
                port == null ? 3306 : port("BAZAAR_DB_PORT", port)));
    }

    private static HostPort hostPort(String value, int defaultPort) {
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            return new HostPort(value, defaultPort);
        }
        return new HostPort(value.substring(0, colon), port("--external-db", value.substring(colon + 1)));
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.removeFirst();
    }

    private static int port(String option, String value) {
        int port = number(option, value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(option + ": " + value + " is not a port");
        }
        return port;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": " + value + " is not a number");
        }
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
