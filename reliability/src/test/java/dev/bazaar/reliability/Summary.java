package dev.bazaar.reliability;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the suite tried, how many, and what held: each test adds its lines, and the lines are
 * printed together when the test plan ends (and written to target/reliability/summary.txt).
 * Registered with the JUnit Platform as a {@link TestExecutionListener} (META-INF/services), so the
 * summary comes after the last test of either engine (Jupiter, jqwik).
 */
public final class Summary implements TestExecutionListener {

    private static final List<String> LINES = new ArrayList<>();

    /** One line of the summary, {@link String#format} style. */
    static synchronized void note(String format, Object... args) {
        String line = String.format(format, args);
        LINES.add(line);
        System.out.println("reliability: " + line);
    }

    /** A check that held (counted), or a break that the test then fails on. */
    static void held(String area, String what) {
        note("%-12s HELD   %s", area, what);
    }

    static void broke(String area, String what) {
        note("%-12s BROKEN %s", area, what);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<String> lines;
        synchronized (Summary.class) {
            if (LINES.isEmpty()) {
                return;
            }
            lines = List.copyOf(LINES);
        }
        StringBuilder out = new StringBuilder();
        out.append(System.lineSeparator())
                .append("==== Reliability suite (mode ").append(Mode.current().name).append(", seed ")
                .append(Mode.current().seed).append(") ====").append(System.lineSeparator());
        lines.forEach(line -> out.append("  ").append(line).append(System.lineSeparator()));
        out.append("  (re-run the same random choices with -Dbazaar.reliability.seed=").append(Mode.current().seed)
                .append(")").append(System.lineSeparator());
        System.out.print(out);
        try {
            Path file = Path.of("target", "reliability", "summary.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        } catch (IOException ignored) {
            // the console has it
        }
    }
}
