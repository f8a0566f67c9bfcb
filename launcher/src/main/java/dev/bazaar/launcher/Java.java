package dev.bazaar.launcher;

import java.nio.file.Path;

/** The JVM that children run on: the launcher's own, which ./shop chose to be Java 21 or newer. */
final class Java {

    private Java() {
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
