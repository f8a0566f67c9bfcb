package dev.bazaar.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bench's options. Two profiles: the full run (default) and {@code --quick}, seconds per load
 * for a check that everything works end to end (its figures are no measurement).
 */
record Settings(Path repo, Path out, boolean quick, Set<String> scenarios, Duration duration, Duration warmUp,
                List<Integer> levels, Duration probe, int catalogUsers, double outboxRate, Duration outboxDuration,
                int growthUsers, long smallProducts, long largeProducts, long smallOrders, long largeOrders,
                String label, boolean jfr) {

    static final List<String> ALL = List.of("checkout", "catalog", "outbox", "startup", "growth");

    static final String USAGE = """
            usage: ./shop bench [options]

              --quick              seconds per load instead of tens: checks that everything works, measures little
              --only LIST          some of: checkout,catalog,outbox,startup,growth (default: all; startup is always measured)
              --duration SECONDS   each measured load (default 30, --quick 8)
              --levels LIST        checkout concurrency levels, customers at once (default 1,4,16,32; --quick 1,4,16)
              --growth SIZES       products and orders, small then large: e.g. 1000,100000,10000,500000
              --jfr                record a JFR profile of every shop process, in .shop/bench/jfr/ (to find the top costs;
                                   the recording costs a little itself)
              --label WORD         what the machine was doing, in the run's name (default: shared when the 1-minute
                                   load average before the start is 1.0 or more, else quiet)
              --out DIR            where results go (default bench/results)
              --repo DIR           the repository (default: the current directory)
            """;

    static Settings parse(String[] args) {
        Path repo = Path.of(System.getenv().getOrDefault("BAZAAR_REPO_DIR", ".")).toAbsolutePath().normalize();
        Path out = null;
        boolean quick = false;
        Set<String> only = new LinkedHashSet<>(ALL);
        Integer seconds = null;
        List<Integer> levels = null;
        long[] growth = null;
        String label = null;
        boolean jfr = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--only" -> {
                    only = new LinkedHashSet<>(Arrays.asList(value(args, ++i, arg).split(",")));
                    only.add("startup");
                    for (String name : only) {
                        if (!ALL.contains(name)) {
                            throw new IllegalArgumentException("unknown scenario " + name + " (" + ALL + ")");
                        }
                    }
                }
                case "--duration" -> seconds = Integer.parseInt(value(args, ++i, arg));
                case "--levels" -> levels = Arrays.stream(value(args, ++i, arg).split(",")).map(Integer::parseInt).toList();
                case "--growth" -> {
                    growth = Arrays.stream(value(args, ++i, arg).split(",")).mapToLong(Long::parseLong).toArray();
                    if (growth.length != 4) {
                        throw new IllegalArgumentException("--growth takes 4 numbers: small and large products, small and large orders");
                    }
                }
                case "--label" -> label = value(args, ++i, arg);
                case "--jfr" -> jfr = true;
                case "--out" -> out = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--repo" -> repo = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (growth == null) {
            growth = quick ? new long[] {1_000, 20_000, 10_000, 50_000} : new long[] {1_000, 100_000, 10_000, 500_000};
        }
        return new Settings(repo, out == null ? repo.resolve("bench").resolve("results") : out, quick, only,
                Duration.ofSeconds(seconds != null ? seconds : quick ? 8 : 30),
                Duration.ofSeconds(quick ? 3 : 10),
                levels != null ? levels : quick ? List.of(1, 4, 16) : List.of(1, 4, 16, 32),
                Duration.ofSeconds(quick ? 3 : 10),
                16, 1000, Duration.ofSeconds(quick ? 5 : 20),
                8, growth[0], growth[1], growth[2], growth[3], label, jfr);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    int customers() {
        return Math.max(growthUsers, levels.stream().mapToInt(Integer::intValue).max().orElse(1));
    }
}
