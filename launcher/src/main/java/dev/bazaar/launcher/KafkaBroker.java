package dev.bazaar.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one JVM), run as a child JVM
 * from the Kafka jars on a classpath: no tarball, no ZooKeeper.
 *
 * <p>A child JVM rather than a broker inside the launcher keeps the broker's heap, threads and
 * logging apart from the launcher's and lets tests kill it like a real broker.
 * Replication factors are 1 and the internal topics have one partition each, which a one-node
 * broker creates in milliseconds instead of the seconds that the default 50 partitions take.
 */
public final class KafkaBroker implements Component {

    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final String HOST = "127.0.0.1";

    /**
     * @param dataDir        log dirs, cluster id, generated config
     * @param port           the PLAINTEXT listener clients use
     * @param controllerPort the KRaft controller listener (only the broker itself talks to it)
     * @param classpath      Kafka's jars ({@code kafka_2.13} and its dependencies, plus an SLF4J 2
     *                       binding to Log4j 2): the launcher passes {@code target/libs/*}, tests
     *                       their own {@code java.class.path}
     * @param logFile        the broker's own log
     * @param jvmOptions     heap etc. of the broker JVM
     * @param startTimeout   how long formatting + start may take
     */
    public record Settings(Path dataDir, int port, int controllerPort, String classpath, Path logFile,
                           List<String> jvmOptions, Duration startTimeout) {

        public static Settings of(Path dataDir, int port, int controllerPort, String classpath) {
            return new Settings(dataDir, port, controllerPort, classpath, dataDir.resolve("kafka.log"),
                    List.of("-Xmx512m", "-Xms128m", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError"),
                    Duration.ofSeconds(90));
        }

        public Settings withLogFile(Path logFile) {
            return new Settings(dataDir, port, controllerPort, classpath, logFile, jvmOptions, startTimeout);
        }

        public Settings withJvmOptions(List<String> jvmOptions) {
            return new Settings(dataDir, port, controllerPort, classpath, logFile, List.copyOf(jvmOptions), startTimeout);
        }

        public Settings withStartTimeout(Duration startTimeout) {
            return new Settings(dataDir, port, controllerPort, classpath, logFile, jvmOptions, startTimeout);
        }
    }

    private final Settings settings;
    private final Path dataDir;
    private ChildProcess process;

    public KafkaBroker(Settings settings) {
        this.settings = settings;
        this.dataDir = settings.dataDir().toAbsolutePath();
    }

    @Override
    public String name() {
        return "kafka";
    }

    /** Formats the storage on first use, starts the broker and waits until an admin client sees it. */
    public KafkaBroker start() {
        launch();
        return awaitReady(settings.startTimeout());
    }

    /** Formats the storage on first use and spawns the broker. */
    @Override
    public synchronized KafkaBroker launch() {
        if (process != null && process.isAlive()) {
            return this;
        }
        Ports.requireFree(settings.port(), "Kafka", "start Kafka on another port");
        Ports.requireFree(settings.controllerPort(), "Kafka controller", "start Kafka with another controller port");
        Dirs.create(dataDir);
        Path config = writeConfig();
        Path log4j = writeLog4jConfig();
        if (!Files.isRegularFile(logDir().resolve("meta.properties"))) {
            format(config, log4j);
        }
        process = ChildProcess.start(name(), javaCommand(log4j, "kafka.Kafka", config.toString()), Map.of(),
                dataDir, settings.logFile());
        return this;
    }

    /** Ready = an admin client can describe the cluster. On failure the broker is stopped. */
    @Override
    public KafkaBroker awaitReady(Duration timeout) {
        if (process == null) {
            throw new IllegalStateException("Kafka was not launched");
        }
        try {
            Await.ready(process, "Kafka", timeout, this::clusterAnswers);
        } catch (StartupException e) {
            process.stop(Duration.ofSeconds(10));
            throw e;
        }
        return this;
    }

    /** SIGTERM: the broker closes its logs cleanly (no log recovery at the next start). */
    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    @Override
    public synchronized void kill() {
        if (process != null) {
            process.kill();
        }
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return HOST + ":" + settings.port();
    }

    public int port() {
        return settings.port();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).map(ChildProcess::handle);
    }

    @Override
    public Path logFile() {
        return settings.logFile();
    }

    private Path logDir() {
        return dataDir.resolve("logs");
    }

    private boolean clusterAnswers() throws Exception {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                    .nodes().get(3, TimeUnit.SECONDS).isEmpty();
        }
    }

    /**
     * The cluster id is made once and kept in the data dir, so a format that was interrupted is
     * redone with the same id.
     */
    private void format(Path config, Path log4j) {
        Path idFile = dataDir.resolve("cluster.id");
        String clusterId;
        try {
            if (!Files.isRegularFile(idFile)) {
                Files.writeString(idFile, Uuid.randomUuid().toString());
            }
            clusterId = Files.readString(idFile).trim();
        } catch (IOException e) {
            throw new StartupException("cannot keep the Kafka cluster id in " + idFile + ": " + e.getMessage(), e);
        }
        // --ignore-formatted: a crash between format and the meta.properties check must not fail the next start
        ChildProcess.runToCompletion("kafka storage format",
                javaCommand(log4j, "kafka.tools.StorageTool", "format", "--ignore-formatted",
                        "-t", clusterId, "-c", config.toString()),
                Map.of(), dataDir, settings.logFile(), settings.startTimeout());
    }

    private List<String> javaCommand(Path log4j, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Java.executable());
        command.addAll(settings.jvmOptions());
        command.add("-Dlog4j2.configurationFile=" + log4j);
        command.add("-cp");
        command.add(absolute(settings.classpath()));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** The broker runs in its data dir: relative class path entries must not change meaning. */
    private static String absolute(String classpath) {
        return java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private Path writeConfig() {
        String listeners = "PLAINTEXT://" + HOST + ":" + settings.port()
                + ",CONTROLLER://" + HOST + ":" + settings.controllerPort();
        String content = String.join("\n",
                "# Written by the Bazaar launcher at every start: edit KafkaBroker.java instead.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + settings.controllerPort(),
                "listeners=" + listeners,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + settings.port(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir(),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // consumers join at once instead of waiting 3 s for more members
                "group.initial.rebalance.delay.ms=0",
                "") ;
        Path config = dataDir.resolve("server.properties");
        Dirs.write(config, content);
        return config;
    }

    /**
     * Kafka 4 logs through Log4j 2; without a configuration it would print only errors. INFO to
     * stdout, which {@link ChildProcess} appends to the log file, with the chattiest loggers
     * turned down.
     */
    private Path writeLog4jConfig() {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by the Bazaar launcher: the Kafka broker's logging. -->
                <Configuration status="warn">
                  <Appenders>
                    <Console name="stdout" target="SYSTEM_OUT">
                      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
                    </Console>
                  </Appenders>
                  <Loggers>
                    <Root level="INFO"><AppenderRef ref="stdout"/></Root>
                    <Logger name="kafka.request.logger" level="WARN"/>
                    <Logger name="org.apache.kafka.clients" level="WARN"/>
                    <Logger name="kafka.server.KafkaConfig" level="WARN"/>
                    <Logger name="org.apache.kafka.common.config.AbstractConfig" level="WARN"/>
                    <Logger name="state.change.logger" level="WARN"/>
                  </Loggers>
                </Configuration>
                """;
        Path file = dataDir.resolve("log4j2.xml");
        Dirs.write(file, content);
        return file;
    }

    @Override
    public String toString() {
        return "Kafka on " + bootstrapServers() + " in " + dataDir;
    }
}
