package dev.bazaar.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One line per step on the console, with the time, so a long bench shows where it is. */
final class Progress {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private final long begin = System.nanoTime();

    void step(String message) {
        System.out.println("bench " + TIME.format(Instant.now()) + " +" + Format.seconds(Duration.ofNanos(System.nanoTime() - begin))
                + "  " + message);
        System.out.flush();
    }
}
