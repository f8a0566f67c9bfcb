package dev.bazaar.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The harness's own code, without a shop or a load (the bench is no test: ./shop bench runs it):
 * reading Gatling's report, the options, the percentiles and the report's rendering.
 */
class HarnessSmokeTest {

    @Test
    void readsRequestsAndGroupsFromAGatlingReport() throws Exception {
        Map<String, GatlingRun.Stat> stats = GatlingRun.read(Path.of(getClass().getResource("/stats.js").toURI()));

        assertThat(stats).containsOnlyKeys("All Requests", "checkout", "place order");
        GatlingRun.Stat place = stats.get("place order");
        assertThat(place.ok()).isEqualTo(4);
        assertThat(place.ko()).isEqualTo(1);
        assertThat(place.p50()).isEqualTo(9);
        assertThat(place.p999()).isEqualTo(20);
        assertThat(stats.get("checkout").p99()).isEqualTo(890);
        assertThat(stats.get("checkout").ko()).isZero();
    }

    @Test
    void quickRunsAreShortAndScenariosAreNamed() {
        Settings full = Settings.parse(new String[0]);
        Settings quick = Settings.parse(new String[] {"--quick", "--only", "catalog", "--levels", "2,8"});

        assertThat(full.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(full.scenarios()).containsExactlyElementsOf(Settings.ALL);
        assertThat(quick.duration()).isEqualTo(Duration.ofSeconds(8));
        assertThat(quick.scenarios()).containsExactlyInAnyOrder("catalog", "startup");
        assertThat(quick.levels()).containsExactly(2, 8);
        assertThat(quick.customers()).isEqualTo(8);
        assertThatThrownBy(() -> Settings.parse(new String[] {"--only", "everything"}))
                .hasMessageContaining("unknown scenario everything");
    }

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] micros = {1_000, 2_000, 3_000, 4_000, 100_000};

        assertThat(CheckoutLoad.percentile(micros, 50)).isEqualTo(3.0);
        assertThat(CheckoutLoad.percentile(micros, 99)).isEqualTo(100.0);
        assertThat(CheckoutLoad.percentile(new long[0], 50)).isNaN();
    }

    @Test
    void theReportIsATableInMarkdownAndHtml() {
        Report report = new Report("run");
        report.section("Catalogue").header("endpoint", "req/s").row("`GET /hello`", "1,000").note("**met**")
                .image("catalog.png").link("hello", "gatling/hello/index.html");

        assertThat(report.markdown()).contains("| endpoint | req/s |\n|---|---|\n| `GET /hello` | 1,000 |",
                "![Catalogue](catalog.png)", "[hello](gatling/hello/index.html)");
        assertThat(report.html()).contains("<td><code>GET /hello</code></td>", "<p><b>met</b></p>");
        assertThat(List.of(Format.percent(0.304), Format.ms(12.345), Format.mib(3L << 30)))
                .containsExactly("30 %", "12.3 ms", "3,072 MiB");
    }
}
