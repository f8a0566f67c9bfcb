package dev.bazaar.launcher;

import java.nio.file.Path;

/**
 * Where a launcher run keeps its state: {@code <repo>/.shop} for {@code up} (kept between runs,
 * git-ignored), {@code <repo>/.shop/test} for {@code infra} (wiped at every start).
 */
record Layout(Path repo, Path state) {

    static Layout forUp(Path repo) {
        return new Layout(repo, repo.resolve(".shop"));
    }

    static Layout forInfra(Path repo) {
        return new Layout(repo, repo.resolve(".shop").resolve("test"));
    }

    Path data(String component) {
        return state.resolve("data").resolve(component);
    }

    Path logs() {
        return state.resolve("logs");
    }

    Path log(String component) {
        return logs().resolve(component + ".log");
    }

    /** Pid files of the launcher and its children, for cleaning up after a launcher that was killed. */
    Path run() {
        return state.resolve("run");
    }

    /** The JVM's class-data archive of a service (--cds): made at its first exit, used by later starts. */
    Path classDataArchive(String component) {
        return state.resolve("cds").resolve(component + ".jsa");
    }

    Path defaultReadyFile() {
        return state.resolve("ready");
    }
}
