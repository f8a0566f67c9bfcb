package dev.bazaar.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/** The tail of a log file, for error messages: a failed start should show why without a hunt. */
public final class Logs {

    static final int TAIL_LINES = 30;

    private Logs() {
    }

    /** The last {@code lines} lines of {@code file}, or an empty string when it does not exist. */
    public static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        // MALFORMED input must not hide the tail: binaries may write anything
        try (Stream<String> all = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            all.forEach(line -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
        return String.join(System.lineSeparator(), last);
    }

    /** A block for an exception message: the log's path and its tail, indented. */
    public static String tailSection(Path file) {
        String tail = tail(file, TAIL_LINES);
        String nl = System.lineSeparator();
        if (tail.isEmpty()) {
            return nl + "  (log " + file + " is empty)";
        }
        return nl + "  last lines of " + file + ":" + nl + "    | " + tail.replace(nl, nl + "    | ");
    }
}
