package dev.bazaar.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code shop infra}: MariaDB and Kafka for the test suite, on ports of their own (13307, 19092)
 * in a fresh {@code .shop/test/}, so tests never see a developer's data and a running
 * {@code ./shop up} does not disturb them. When both are ready it prints {@code ready} and the
 * environment for the tests, and writes the same lines to the ready file, which
 * {@code ./shop test} waits for and reads.
 */
final class InfraCommand {

    private final Options options;
    private final Layout layout;
    private final Progress progress;

    InfraCommand(Options options, Progress progress) {
        this.options = options;
        this.layout = Layout.forInfra(options.repo());
        this.progress = progress;
    }

    void run() {
        Path readyFile = options.readyFile().orElse(layout.defaultReadyFile()).toAbsolutePath();
        Session session = new Session(layout, progress);
        session.open(true);
        session.beforeStop(() -> deleteQuietly(readyFile));
        deleteQuietly(readyFile);
        options.watchPid().ifPresent(session::exitWhenGone);

        Infrastructure infrastructure = Infrastructure.start(options, layout, session.stack(), progress);
        String env = String.join(System.lineSeparator(),
                "BAZAAR_TEST_DB_HOST=" + infrastructure.dbHost(),
                "BAZAAR_TEST_DB_PORT=" + infrastructure.dbPort(),
                "BAZAAR_TEST_KAFKA_BOOTSTRAP_SERVERS=" + infrastructure.kafkaBootstrap()) + System.lineSeparator();
        Dirs.writeAtomically(readyFile, env);
        progress.message("ready");
        progress.message(env.strip());
        session.awaitShutdown();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // a stale ready file is overwritten at the next start
        }
    }
}
