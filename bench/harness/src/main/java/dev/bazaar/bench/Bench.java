package dev.bazaar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code ./shop bench}: the benchmark suite of issue #11 (bench/README.md, docs/decisions/0019).
 * Starts a private shop, runs each scenario with its baseline in the same run, checks the
 * invariants after every load, and writes {@code bench/results/<run>/} (summary.md, index.html,
 * PNG charts, Gatling's HTML reports). Exit code 0: every invariant held; 1: one broke or a
 * scenario failed; 2: bad usage.
 */
public final class Bench {

    private final Settings settings;
    private final Progress progress = new Progress();
    private final Path dir;
    private final Path reports;
    private final Report report;
    private final Map<String, Long> loadPeaks = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String[]> targets = new ArrayList<>(); // target, measured, met
    private BenchShop shop;
    private Seed.Made seed;
    private Map<String, Long> idle = Map.of();

    private Bench(Settings settings, String name) {
        this.settings = settings;
        this.dir = settings.out().resolve(name);
        this.reports = dir.resolve("gatling");
        this.report = new Report("Bazaar bench " + name);
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.print(Settings.USAGE);
            return;
        }
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(Settings.USAGE);
            System.exit(2);
            return;
        }
        // ./shop bench samples the load before it builds; the build's own load is not someone else's
        double before = Optional.ofNullable(System.getenv("BAZAAR_BENCH_LOAD_BEFORE")).map(Double::parseDouble)
                .orElseGet(() -> Machine.loadAverage()[0]);
        String label = settings.label() != null ? settings.label() : before >= 1.0 ? "shared" : "quiet";
        String name = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
                + (settings.quick() ? "-quick" : "") + "-" + label;
        Bench bench = new Bench(settings, name);
        int code;
        try {
            code = bench.run(label, before);
        } catch (Exception e) {
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    private int run(String label, double loadBefore) throws Exception {
        Files.createDirectories(dir);
        report.preamble("Taken " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " by `./shop bench"
                + (settings.quick() ? " --quick" : "") + "`, machine **" + label + "** (1-minute load average "
                + String.format(Locale.ROOT, "%.2f", loadBefore) + " before the start, the bench's own build not counted; each section gives the load average"
                + " before and after it, the bench's own load included)");
        Machine.describe().forEach(line -> report.preamble(line));
        report.preamble("Everything on this one machine over loopback: the load tool (Gatling " + gatlingVersion()
                + ", in its own JVM) competes with the shop for the same cores.");
        if (settings.quick()) {
            report.preamble("**--quick**: loads of a few seconds, to check that every scenario works; the figures are no measurement.");
        }
        progress.step("results in " + settings.repo().relativize(dir) + ", load average " + Machine.loadText());
        try {
            startShop();
            seed();
            if (settings.runs("checkout")) {
                checkout();
            }
            if (settings.runs("catalog")) {
                catalog();
            }
            if (settings.runs("outbox")) {
                outbox();
            }
            if (settings.runs("growth")) {
                growth();
            }
        } catch (InvariantBroken e) {
            failures.add(e.getMessage());
        } catch (Exception e) {
            failures.add("the bench stopped: " + e);
            e.printStackTrace();
        } finally {
            try {
                if (shop != null) {
                    startupAndMemory();
                }
            } finally {
                if (shop != null) {
                    shop.close();
                }
            }
        }
        Report.Section verdict = report.section("Targets");
        verdict.header("target", "measured", "");
        targets.forEach(t -> verdict.row(t[0], t[1], t[2]));
        if (failures.isEmpty()) {
            verdict.note("Invariants: all held after every load run.");
        } else {
            failures.forEach(f -> verdict.note("**FAILED**: " + f));
        }
        report.write(dir);
        System.out.println();
        System.out.println(report.markdown());
        progress.step("wrote " + dir.resolve("summary.md") + " and index.html; load average " + Machine.loadText());
        return failures.isEmpty() ? 0 : 1;
    }

    // ---- set-up ---------------------------------------------------------------------------------

    private void startShop() throws Exception {
        progress.step("starting the shop (each service alone, timed)");
        shop = BenchShop.start(settings.repo(), settings.jfr(), progress);
        Thread.sleep(5000); // settle: the JIT and the first GCs of the start are over
        idle = Machine.rss(shop.processes());
    }

    private void seed() throws Exception {
        progress.step("seeding: a seller, 20 products, " + settings.customers() + " customers with wallets");
        try (Connection db = shop.connect()) {
            seed = Seed.make(new Api(shop.bff()), db, 20, settings.customers(), dir.resolve("feeders"));
            if (settings.runs("growth") || settings.runs("catalog")) {
                progress.step("generating the small catalogue and order history: " + settings.smallProducts() + " products, "
                        + settings.smallOrders() + " orders");
                generator.productsUpTo(db, seed.storeId(), settings.smallProducts());
                generator.ordersUpTo(db, seed.storeId(), seed.products(), settings.smallOrders());
            }
        }
    }

    private final DataGenerator generator = new DataGenerator();

    // ---- 2. checkout ----------------------------------------------------------------------------

    private void checkout() throws Exception {
        Report.Section section = report.section("Checkout: closed-loop customers, place to ended");
        String load0 = Machine.loadText();
        progress.step("checkout warm-up: 4 customers for " + settings.warmUp().toSeconds() + " s");
        checked(withPeaks(() -> CheckoutLoad.run(shop, seed, 4, settings.warmUp(), reports.resolve("checkout-warmup"),
                gatlingLog(), "checkout warm-up")), "checkout warm-up");
        try (Connection db = shop.connect()) {
            List<String> missed = Invariants.selfTest(db, seed.products().get(0), seed.customers().get(0).id());
            if (!missed.isEmpty()) {
                throw new InvariantBroken("the invariant checks did not catch a deliberate break of: " + missed);
            }
            progress.step("invariant checks: each caught a deliberate break (rolled back)");
        }
        section.header("customers", "sagas/s", "place→ended p50", "p99", "p99.9", "client p99", "errors",
                "commits/saga", "MariaDB commits/s", "bound sagas/s", "of bound", "invariants");
        Map<Double, Double> sagas = new LinkedHashMap<>();
        Map<Double, Double> bound = new LinkedHashMap<>();
        Map<Double, Double> p50 = new LinkedHashMap<>();
        Map<Double, Double> p99 = new LinkedHashMap<>();
        Map<Double, Double> p999 = new LinkedHashMap<>();
        CheckoutLoad.Result atHighest = null;
        double boundAtHighest = Double.NaN;
        for (int users : settings.levels()) {
            progress.step("MariaDB commit rate, " + users + " connections, " + settings.probe().toSeconds() + " s");
            double commits = CommitProbe.commitsPerSecond(connections(), users, settings.probe());
            progress.step("checkout: " + users + " customers for " + settings.duration().toSeconds() + " s");
            CheckoutLoad.Result r = checked(withPeaks(() -> CheckoutLoad.run(shop, seed, users, settings.duration(),
                    reports.resolve("checkout-" + users), gatlingLog(), "checkout, " + users + " customers")),
                    "checkout with " + users + " customers");
            double limit = commits / r.commitsPerSaga();
            section.row(Integer.toString(users), Format.num(r.sagasPerSecond()), Format.ms(r.p50()), Format.ms(r.p99()),
                    Format.ms(r.p999()), Format.ms(r.clientP99()), Long.toString(r.koRequests()),
                    Format.num(r.commitsPerSaga()), Format.num(commits), Format.num(limit),
                    Format.percent(r.sagasPerSecond() / limit), "held (" + r.sagas() + " orders, " + r.approved() + " approved)");
            section.link(users + " customers", dir.relativize(r.report().resolve("index.html")).toString());
            sagas.put((double) users, r.sagasPerSecond());
            bound.put((double) users, limit);
            p50.put((double) users, r.p50());
            p99.put((double) users, r.p99());
            p999.put((double) users, r.p999());
            if (atHighest == null || r.sagasPerSecond() > atHighest.sagasPerSecond()) {
                atHighest = r;
                boundAtHighest = limit;
            }
        }
        section.note("place→ended: from the order row's created_at to its ended status (order-service's clock), every order"
                + " of the run; client p99: the same as Gatling's customers saw it (POST, then reads 20 ms apart, backing off to 200 ms, until"
                + " ended). Bound: MariaDB's commit rate with as many connections as customers (a JDBC loop of one-row"
                + " autocommit inserts on the shop's own server, measured just before) divided by the commits one saga took"
                + " (Binlog_commits over the run / orders). After every run the harness waits until no order is running and"
                + " checks the invariants (docs/decisions/0019); once per bench it also breaks each of them in a transaction"
                + " it rolls back, to see that the checks catch it. Load average before/after: " + load0 + " / " + Machine.loadText() + ".");
        Charts.lines(dir.resolve("checkout-throughput.png"), "Checkout: sagas/s", "customers at once", "sagas/s",
                ordered("sagas/s", sagas, "commit-rate bound", bound), false);
        Charts.lines(dir.resolve("checkout-latency.png"), "Checkout: place → ended", "customers at once", "ms",
                ordered("p50", p50, "p99", p99, "p99.9", p999), true);
        section.image("checkout-throughput.png").image("checkout-latency.png");
        if (atHighest != null) {
            double share = atHighest.sagasPerSecond() / boundAtHighest;
            targets.add(new String[] {"checkout ≥ 50 % of the commit-rate bound, p99 ≤ 500 ms",
                    Format.percent(share) + " at " + atHighest.users() + " customers (" + Format.num(atHighest.sagasPerSecond())
                            + " of " + Format.num(boundAtHighest) + " sagas/s), p99 " + Format.ms(atHighest.p99()),
                    Format.yesNo(share >= 0.5 && atHighest.p99() <= 500)});
        }
    }

    // ---- 1. catalog -----------------------------------------------------------------------------

    private void catalog() throws Exception {
        Report.Section section = report.section("Catalogue read: GET /api/v1/products (BFF → gRPC → MariaDB) against a bare Helidon MP hello");
        String load0 = Machine.loadText();
        int users = settings.catalogUsers();
        Map<String, GatlingRun.Stat> max = new LinkedHashMap<>();
        Map<String, GatlingRun.Stat> half = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        Map<String, String> targetsOf = Map.of("hello", shop.hello().toString(), "catalog", shop.bff().toString());
        Map<String, String> paths = Map.of("hello", "/hello", "catalog", "/api/v1/products");
        for (String name : List.of("hello", "catalog")) {
            progress.step(name + ": " + users + " connections flat out for " + settings.duration().toSeconds() + " s");
            GatlingRun.Result r = withPeaks(() -> GatlingRun.run("HttpGetSimulation", name + " max", Map.of(
                    "bench.name", name, "bench.path", paths.get(name), "bench.base", targetsOf.get(name),
                    "bench.mode", "closed", "bench.users", Integer.toString(users),
                    "bench.warmupSeconds", Long.toString(settings.warmUp().toSeconds()),
                    "bench.durationSeconds", Long.toString(settings.duration().toSeconds())),
                    reports.resolve(name + "-max"), gatlingLog()));
            max.put(name, r.stat(name));
            links.put(name + " flat out", dir.relativize(r.report().resolve("index.html")).toString());
        }
        for (String name : List.of("hello", "catalog")) {
            double rate = Math.max(1, rps(max.get(name)) / 2);
            progress.step(name + ": " + Format.num(rate) + " requests/s (half the max) for " + settings.duration().toSeconds() + " s");
            GatlingRun.Result r = withPeaks(() -> GatlingRun.run("HttpGetSimulation", name + " at half", Map.of(
                    "bench.name", name, "bench.path", paths.get(name), "bench.base", targetsOf.get(name),
                    "bench.mode", "open", "bench.rate", String.format(Locale.ROOT, "%.1f", rate), "bench.users", "4",
                    "bench.warmupSeconds", "0",
                    "bench.durationSeconds", Long.toString(settings.duration().toSeconds())),
                    reports.resolve(name + "-half"), gatlingLog()));
            half.put(name, r.stat(name));
            links.put(name + " at half", dir.relativize(r.report().resolve("index.html")).toString());
        }
        section.header("endpoint", "max req/s", "p50 at max", "p99 at max", "errors", "half rate req/s", "p50 at half", "p99 at half",
                "of hello");
        for (String name : List.of("hello", "catalog")) {
            GatlingRun.Stat m = max.get(name);
            GatlingRun.Stat h = half.get(name);
            section.row(name.equals("hello") ? "bare Helidon MP `GET /hello`" : "`GET /api/v1/products` (20 of "
                            + settings.smallProducts() + "+ products)",
                    Format.num(rps(m)), Format.ms(m.p50()), Format.ms(m.p99()), Long.toString(m.ko() + h.ko()),
                    Format.num(rps(h)), Format.ms(h.p50()), Format.ms(h.p99()),
                    Format.percent(rps(m) / rps(max.get("hello"))));
        }
        links.forEach(section::link);
        section.note(users + " keep-alive connections, each sending its next request when the last is answered (after a "
                + settings.warmUp().toSeconds() + " s warm-up), for the max; then half that rate as an open model (new"
                + " requests at a fixed rate whatever the answers do) for the latency. Gatling's times are whole milliseconds."
                + " Load average before/after: " + load0 + " / " + Machine.loadText() + ".");
        Charts.bars(dir.resolve("catalog-throughput.png"), "Max requests/s", "requests/s", ordered(
                "max req/s", ordered("hello", rps(max.get("hello")), "catalog", rps(max.get("catalog")))));
        Map<String, Map<String, Double>> latency = new LinkedHashMap<>();
        latency.put("p50", ordered("hello", half.get("hello").p50(), "catalog", half.get("catalog").p50()));
        latency.put("p99", ordered("hello", half.get("hello").p99(), "catalog", half.get("catalog").p99()));
        Charts.bars(dir.resolve("catalog-latency.png"), "Latency at half the max rate", "ms", latency);
        section.image("catalog-throughput.png").image("catalog-latency.png");
        double share = rps(max.get("catalog")) / rps(max.get("hello"));
        targets.add(new String[] {"catalogue ≥ 30 % of the bare-hello ceiling, p99 ≤ 25 ms at half its max",
                Format.percent(share) + " (" + Format.num(rps(max.get("catalog"))) + " of " + Format.num(rps(max.get("hello")))
                        + " req/s), p99 " + Format.ms(half.get("catalog").p99()) + " at " + Format.num(rps(half.get("catalog"))) + " req/s",
                Format.yesNo(share >= 0.3 && half.get("catalog").p99() <= 25)});
    }

    /** Requests a second of a measured run: its OK count over the configured duration. */
    private double rps(GatlingRun.Stat stat) {
        return stat.ok() / (double) settings.duration().toSeconds();
    }

    // ---- 3. outbox ------------------------------------------------------------------------------

    private void outbox() throws Exception {
        Report.Section section = report.section("Outbox relay: commit → consumer");
        String load0 = Machine.loadText();
        OutboxProbe.Result paced;
        OutboxProbe.Result flat;
        try (OutboxProbe probe = new OutboxProbe(connections(), shop.kafkaBootstrap())) {
            progress.step("outbox: warm-up");
            probe.warmUp(200);
            progress.step("outbox: " + Format.num(settings.outboxRate()) + " events/s for " + settings.outboxDuration().toSeconds() + " s");
            paced = withPeaks(() -> probe.paced(settings.outboxRate(), settings.outboxDuration()));
            progress.step("outbox: flat out for " + settings.outboxDuration().toSeconds() + " s");
            flat = withPeaks(() -> probe.flatOut(settings.outboxDuration()));
        }
        section.header("load", "written/s", "events", "delivered", "redelivered", "delivered/s", "p50", "p99", "max");
        for (OutboxProbe.Result r : List.of(paced, flat)) {
            section.row(r.mode().equals("paced") ? "paced, one event a transaction" : "flat out, 50 events a transaction",
                    Format.num(r.offeredPerSecond()), Long.toString(r.written()), Long.toString(r.delivered()),
                    Long.toString(r.duplicates()), Format.num(r.deliveredPerSecond()), Format.ms(r.p50()), Format.ms(r.p99()),
                    Format.ms(r.max()));
            if (r.delivered() != r.written()) {
                throw new InvariantBroken("outbox relay: " + (r.written() - r.delivered()) + " of " + r.written()
                        + " committed events never reached the consumer (" + r.mode() + ")");
            }
        }
        section.note("Rows written straight into order-service's outbox table from 4 connections; a plain Kafka consumer on "
                + "`shop.benchprobe.events` takes the receipt time; both clocks are the bench's. delivered/s: events over first"
                + " commit to last receipt. Every committed event arrived (checked). Load average before/after: "
                + load0 + " / " + Machine.loadText() + ".");
        Charts.lines(dir.resolve("outbox-latency.png"), "Outbox commit → consumer at " + Format.num(paced.offeredPerSecond())
                + " events/s", "ms", "% of events at or below", Map.of("paced", Charts.cdf(paced.sortedMicros())), false);
        section.image("outbox-latency.png");
        targets.add(new String[] {"outbox p99 ≤ 150 ms at 1 000 events/s",
                "p99 " + Format.ms(paced.p99()) + " at " + Format.num(paced.offeredPerSecond()) + " events/s; max "
                        + Format.num(flat.deliveredPerSecond()) + " events/s",
                Format.yesNo(paced.p99() <= 150)});
    }

    // ---- 5. growth ------------------------------------------------------------------------------

    private void growth() throws Exception {
        Report.Section section = report.section("Growth: checkout with a small and a large catalogue and order history");
        String load0 = Machine.loadText();
        section.header("products", "orders", "generated in", "sagas/s", "p50", "p99", "p99.9", "invariants");
        Map<String, Map<String, Double>> chart = new LinkedHashMap<>();
        chart.put("p50", new LinkedHashMap<>());
        chart.put("p99", new LinkedHashMap<>());
        Duration generated = Duration.ZERO;
        for (boolean large : List.of(false, true)) {
            if (large) {
                progress.step("generating: up to " + settings.largeProducts() + " products and " + settings.largeOrders() + " orders");
                long begin = System.nanoTime();
                try (Connection db = shop.connect()) {
                    generator.productsUpTo(db, seed.storeId(), settings.largeProducts());
                    generator.ordersUpTo(db, seed.storeId(), seed.products(), settings.largeOrders());
                    try (var statement = db.createStatement()) {
                        statement.execute("ANALYZE TABLE store.products, store.stock, orders.orders, orders.order_lines");
                    }
                }
                generated = GatlingRun.elapsed(begin);
            }
            long products;
            long orders;
            try (Connection db = shop.connect()) {
                products = DataGenerator.count(db, "store.products");
                orders = DataGenerator.count(db, "orders.orders");
            }
            int users = settings.growthUsers();
            progress.step("growth: checkout, " + users + " customers, " + products + " products, " + orders + " orders");
            CheckoutLoad.Result r = checked(withPeaks(() -> CheckoutLoad.run(shop, seed, users, settings.duration(),
                    reports.resolve("growth-" + (large ? "large" : "small")), gatlingLog(),
                    "growth, " + products + " products, " + orders + " orders")), "growth checkout");
            section.row(String.format(Locale.ROOT, "%,d", products), String.format(Locale.ROOT, "%,d", orders),
                    large ? Format.seconds(generated) : "–", Format.num(r.sagasPerSecond()), Format.ms(r.p50()),
                    Format.ms(r.p99()), Format.ms(r.p999()), "held (" + r.sagas() + " orders)");
            section.link(large ? "large" : "small", dir.relativize(r.report().resolve("index.html")).toString());
            String key = large ? "large" : "small";
            chart.get("p50").put(key, r.p50());
            chart.get("p99").put(key, r.p99());
        }
        section.note("Scaled down from the issue's 1k vs 1M products and 10k vs 10M orders to what a run here has time for"
                + " (set with --growth). Generated straight in the database: products with stock, and APPROVED past orders"
                + " with 1-3 lines and their status history; the customers order the bench's 20 products as before."
                + " " + settings.growthUsers() + " customers at once. Load average before/after: " + load0 + " / "
                + Machine.loadText() + ".");
        Charts.bars(dir.resolve("growth.png"), "Checkout place → ended, small vs large data", "ms", chart);
        section.image("growth.png");
    }

    // ---- 4. start-up and memory -----------------------------------------------------------------

    private void startupAndMemory() throws Exception {
        Report.Section section = report.section("Start-up and memory");
        section.header("process", "cold start to ready", "RSS idle", "RSS peak under load");
        long idleShop = 0;
        long loadShop = 0;
        long idleAll = 0;
        long loadAll = 0;
        Map<String, Map<String, Double>> memory = new LinkedHashMap<>();
        memory.put("idle", new LinkedHashMap<>());
        memory.put("under load", new LinkedHashMap<>());
        Map<String, Map<String, Double>> starts = new LinkedHashMap<>();
        starts.put("start to ready", new LinkedHashMap<>());
        for (Map.Entry<String, Long> entry : idle.entrySet()) {
            String name = entry.getKey();
            long peak = Math.max(entry.getValue(), loadPeaks.getOrDefault(name, 0L));
            Duration start = shop.startTimes().get(name);
            section.row(name.equals(BenchShop.HELLO) ? "bare Helidon MP hello (baseline)" : name,
                    start == null ? "–" : Format.seconds(start), Format.mib(entry.getValue()), Format.mib(peak));
            String label = name.equals(BenchShop.HELLO) ? "hello" : name.replace("-service", "").replace("outbox-", "");
            memory.get("idle").put(label, entry.getValue() / 1048576.0);
            memory.get("under load").put(label, peak / 1048576.0);
            if (start != null) {
                starts.get("start to ready").put(label, start.toMillis() / 1000.0);
            }
            if (BenchShop.SERVICES.contains(name)) {
                idleShop += entry.getValue();
                loadShop += peak;
            }
            if (!name.equals(BenchShop.HELLO)) {
                idleAll += entry.getValue();
                loadAll += peak;
            }
        }
        section.row("**the shop: 5 services + relay**", "–", Format.mib(idleShop), Format.mib(loadShop));
        section.row("**with MariaDB and Kafka**", "–", Format.mib(idleAll), Format.mib(loadAll));
        section.note("Cold start: a new JVM until /healthz/ready answers 200 (the hello: until /hello does), each started alone"
                + " on a new database (migrations included), `" + String.join(" ", BenchShop.JVM_OPTIONS) + "` as `./shop up`"
                + " runs them (the hello with -Xmx1g: at the services' heap it ran out of memory under Gatling's flat-out"
                + " load). RSS idle: 5 s after the last start; under load: the highest of twice-a-second readings during"
                + " every load of the run; the sums add each process's own peak (an upper bound).");
        Charts.bars(dir.resolve("startup.png"), "Cold start to ready", "s", starts);
        Charts.bars(dir.resolve("memory.png"), "Resident memory", "MiB", memory);
        section.image("startup.png").image("memory.png");
        targets.add(new String[] {"whole shop ≤ 1.2 GiB RSS", Format.mib(loadShop) + " under load (" + Format.mib(idleShop)
                + " idle) for the 5 services and the relay; " + Format.mib(loadAll) + " with MariaDB and Kafka",
                Format.yesNo(loadShop <= 1.2 * 1024 * 1048576L)});
    }

    // ---- helpers --------------------------------------------------------------------------------

    interface Load<T> {
        T run() throws Exception;
    }

    /** Runs a load while sampling every process's memory; keeps the peaks. */
    private <T> T withPeaks(Load<T> load) throws Exception {
        try (MemorySampler sampler = new MemorySampler(shop::processes)) {
            T result = load.run();
            sampler.peaks().forEach((name, rss) -> loadPeaks.merge(name, rss, Math::max));
            return result;
        }
    }

    private CheckoutLoad.Result checked(CheckoutLoad.Result result, String what) {
        progress.step(what + ": " + Format.num(result.sagasPerSecond()) + " sagas/s, p99 " + Format.ms(result.p99())
                + "; invariants: " + result.invariants().describe());
        if (!result.invariants().holds()) {
            throw new InvariantBroken(what + ": " + result.invariants().describe());
        }
        return result;
    }

    private Supplier<Connection> connections() {
        return () -> {
            try {
                return shop.connect();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** A map in the order given: name, value, name, value, ... */
    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }

    /** Gatling's console output, beside the shop's logs in .shop/bench/logs (not kept with the results). */
    private Path gatlingLog() {
        return shop.logs().resolve("gatling.log");
    }

    private static String gatlingVersion() {
        return Optional.ofNullable(io.gatling.javaapi.core.Simulation.class.getPackage().getImplementationVersion()).orElse("3.13");
    }

    /** An invariant broke: the run is a failure, not a result. */
    static final class InvariantBroken extends RuntimeException {
        InvariantBroken(String message) {
            super(message);
        }
    }
}
