package dev.bazaar.launcher;

import java.io.PrintStream;
import java.time.Duration;

/**
 * One line per event and component ("starting...", "ready in 2.1 s", "failed"): plain lines rather
 * than a redrawn screen, so the output reads the same in a terminal, a CI log and a file. ASCII
 * only: with a POSIX locale Java prints anything else as '?'.
 */
final class Progress {

    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    synchronized void line(String component, String text) {
        out.printf("  %-16s %s%n", component, text);
        out.flush();
    }

    synchronized void message(String text) {
        out.println(text);
        out.flush();
    }

    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
