package dev.bazaar.reliability;

import java.util.Random;

/**
 * How hard the suite pushes: {@code short} in every {@code mvn verify} (a few minutes on two
 * cores), {@code soak} with {@code -Dbazaar.reliability.mode=soak} (many more faults, orders and
 * generated requests). Every random choice descends from one seed ({@code -Dbazaar.reliability.seed},
 * else a new one, printed in the summary), so a failing run can be repeated.
 */
final class Mode {

    private static final Mode CURRENT = read();

    final String name;
    final long seed;
    /** Oversell race: concurrent checkouts for {@link #raceUnits} units. */
    final int raceCheckouts;
    final int raceUnits;
    /** Orders that race their own cancel. */
    final int cancelRaces;
    /** Faults injected during the checkout stream. */
    final int faults;
    /** Generated requests per REST endpoint / gRPC method. */
    final int generatedPerEndpoint;

    private Mode(String name, long seed, int raceCheckouts, int raceUnits, int cancelRaces, int faults,
                 int generatedPerEndpoint) {
        this.name = name;
        this.seed = seed;
        this.raceCheckouts = raceCheckouts;
        this.raceUnits = raceUnits;
        this.cancelRaces = cancelRaces;
        this.faults = faults;
        this.generatedPerEndpoint = generatedPerEndpoint;
    }

    static Mode current() {
        return CURRENT;
    }

    boolean soak() {
        return name.equals("soak");
    }

    /** A random source of its own for one test, derived from the run's seed and the test's name. */
    Random random(String purpose) {
        return new Random(seed ^ purpose.hashCode() * 0x9E3779B97F4A7C15L);
    }

    private static Mode read() {
        String name = System.getProperty("bazaar.reliability.mode", "short").strip();
        String seedText = System.getProperty("bazaar.reliability.seed", "").strip();
        long seed = seedText.isEmpty() ? new Random().nextLong() : Long.parseLong(seedText);
        return switch (name) {
            case "soak" -> new Mode("soak", seed, 500, 50, 60, 40, 400);
            case "short", "" -> new Mode("short", seed, 150, 15, 12, 4, 25);
            default -> throw new IllegalArgumentException("bazaar.reliability.mode is short or soak, not " + name);
        };
    }
}
