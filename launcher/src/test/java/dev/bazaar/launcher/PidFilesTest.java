package dev.bazaar.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PidFilesTest {

    @TempDir
    Path dir;

    @Test
    void reapsRecordedProcessesThatStillRunButNotTheLauncherItself() throws Exception {
        Process leftover = new ProcessBuilder("sleep", "60").start();
        PidFiles pidFiles = new PidFiles(dir);
        pidFiles.record("kafka", leftover.toHandle());
        pidFiles.record("launcher", ProcessHandle.current());

        assertThat(pidFiles.alive("kafka")).isPresent();
        assertThat(pidFiles.reapLeftovers("launcher", Duration.ofSeconds(5)))
                .containsExactly("kafka (pid " + leftover.pid() + ")");

        assertThat(leftover.waitFor()).isEqualTo(143);
        assertThat(dir.resolve("kafka.pid")).doesNotExist();
        assertThat(pidFiles.alive("launcher")).isPresent();
    }

    @Test
    void aRecycledPidIsSomebodyElses() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "60").start();
        try {
            // same pid, but recorded as started an hour earlier: not the process we started
            long anHourAgo = System.currentTimeMillis() - 3_600_000;
            Files.writeString(dir.resolve("mariadb.pid"), stranger.pid() + " " + anHourAgo + "\n");
            PidFiles pidFiles = new PidFiles(dir);

            assertThat(pidFiles.alive("mariadb")).isEmpty();
            assertThat(pidFiles.reapLeftovers("launcher", Duration.ofSeconds(5))).isEmpty();
            assertThat(stranger.isAlive()).isTrue();
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void missingOrGarbledFilesMeanNothingRuns() throws Exception {
        Files.writeString(dir.resolve("web-bff.pid"), "not a pid");
        PidFiles pidFiles = new PidFiles(dir);

        assertThat(pidFiles.alive("web-bff")).isEmpty();
        assertThat(pidFiles.alive("nothing")).isEmpty();
        assertThat(new PidFiles(dir.resolve("absent")).reapLeftovers("launcher", Duration.ofSeconds(1))).isEmpty();
    }
}
