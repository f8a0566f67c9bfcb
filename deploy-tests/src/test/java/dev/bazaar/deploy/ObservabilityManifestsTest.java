package dev.bazaar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What components/observability gives Grafana, Prometheus and the services loads: every dashboard is
 * a dashboard Grafana's sidecar picks up, every alert has a severity, a summary and a runbook section
 * that exists in docs/operations.md, and every service is told where its traces go. (That every
 * metric they query is exposed by a running service is checked by e2e's ObservabilityContractTest.)
 */
class ObservabilityManifestsTest {

    private static final Path COMPONENT = Tools.KUSTOMIZE_DIR.resolve("components/observability");
    private static final Rendered PROD = Rendered.of("overlays/prod");

    @Test
    void everyDashboardIsProvisionedAndWellFormed() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(COMPONENT.resolve("dashboards"))) {
            files = listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        JsonNode configMap = PROD.get("ConfigMap", "bazaar-grafana-dashboards");
        assertThat(configMap.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        Set<String> uids = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            assertThat(configMap.at("/data").has(name)).as(name + " is in the ConfigMap").isTrue();
            JsonNode dashboard = Rendered.JSON.readTree(configMap.at("/data").get(name).asText());
            assertThat(uids.add(dashboard.path("uid").asText())).as(name + " has a uid of its own").isTrue();
            assertThat(dashboard.path("title").asText()).isNotBlank();
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : dashboard.path("panels")) {
                String title = name + ": " + panel.path("title").asText();
                assertThat(ids.add(panel.path("id").asInt())).as(title + " has a panel id of its own").isTrue();
                if (panel.path("type").asText().equals("row")) {
                    continue;
                }
                assertThat(panel.at("/datasource/uid").asText()).as(title).isEqualTo("${datasource}");
                assertThat(panel.path("targets")).as(title + " queries something").isNotEmpty();
                for (JsonNode target : panel.path("targets")) {
                    assertBalanced(title, target.path("expr").asText());
                }
            }
        }
    }

    @Test
    void everyAlertHasASeverityASummaryAndARunbookSection() throws IOException {
        String operations = Files.readString(Tools.REPO.resolve("docs/operations.md"));
        Set<String> anchors = operations.lines().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceAll("^#+\\s*", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
        JsonNode rule = PROD.get("PrometheusRule", "bazaar-alerts");
        assertThat(rule.at("/metadata/labels/release").asText()).as("kube-prometheus-stack selects rules by it")
                .isEqualTo("kube-prometheus-stack");
        int alerts = 0;
        for (JsonNode group : rule.at("/spec/groups")) {
            for (JsonNode alert : group.path("rules")) {
                String name = alert.path("alert").asText();
                alerts++;
                assertThat(alert.at("/labels/severity").asText()).as(name).isIn("critical", "warning");
                assertThat(alert.at("/annotations/summary").asText()).as(name).isNotBlank();
                assertBalanced(name, alert.path("expr").asText());
                String runbook = alert.at("/annotations/runbook").asText();
                assertThat(runbook).as(name).startsWith("docs/operations.md#");
                assertThat(anchors).as(name + "'s runbook section").contains(runbook.substring(runbook.indexOf('#') + 1));
            }
        }
        assertThat(alerts).isGreaterThanOrEqualTo(8);
    }

    @Test
    void withTheComponentEveryServiceExportsItsTracesToJaeger() {
        for (String service : ServiceManifestsMatchServicesTest.SERVICES) {
            JsonNode config = PROD.ofKind("ConfigMap").stream()
                    .filter(c -> c.at("/metadata/name").asText().startsWith(service + "-config"))
                    .findFirst().orElseThrow();
            assertThat(config.at("/data/OTEL_EXPORTER_OTLP_ENDPOINT").asText()).as(service)
                    .isEqualTo("http://jaeger-collector.observability.svc.cluster.local:4318");
        }
        assertThat(Rendered.of("overlays/dev").ofKind("ConfigMap")).as("without the component nothing is exported")
                .allSatisfy(c -> assertThat(c.at("/data/OTEL_EXPORTER_OTLP_ENDPOINT").isMissingNode()).isTrue());
    }

    @Test
    void fluentdParsesTheServicesJsonLinesIntoFieldsOfTheirOwn() throws IOException {
        JsonNode fluentd = Rendered.parseAll(Files.readString(Tools.KUSTOMIZE_DIR.resolve("argocd/apps/fluentd.yaml"))).getFirst();
        JsonNode files = fluentd.at("/spec/source/helm/valuesObject/fileConfigs");
        String filters = files.path("02_filters.conf").asText();
        assertThat(filters).contains("<filter kubernetes.var.log.containers.**_shop_**>", "@type parser", "key_name log",
                "@type json");
        String outputs = files.path("04_outputs.conf").asText();
        assertThat(outputs).contains("logstash_prefix bazaar", "#{ENV['FLUENT_ELASTICSEARCH_HOST']}");
        for (JsonNode env : fluentd.at("/spec/source/helm/valuesObject/env")) {
            String variable = env.path("name").asText();
            if (variable.startsWith("FLUENT_ELASTICSEARCH_")) {
                assertThat(outputs).as("the output uses " + variable).contains("ENV['" + variable + "']");
            }
        }
        // the field names Fluentd ships are the ones the services' JSON layout writes
        String log4j = Files.readString(Tools.REPO.resolve("platform/core/src/main/resources/log4j2.xml"));
        assertThat(log4j).contains("key=\"trace.id\"", "key=\"span.id\"", "key=\"service.name\"", "EcsLayout.json");
    }

    private static void assertBalanced(String where, String expr) {
        assertThat(expr).as(where).isNotBlank();
        int depth = 0;
        Matcher brackets = Pattern.compile("[(){}\\[\\]]").matcher(expr);
        while (brackets.find()) {
            depth += "({[".contains(brackets.group()) ? 1 : -1;
            assertThat(depth).as(where + ": brackets of " + expr).isNotNegative();
        }
        assertThat(depth).as(where + ": brackets of " + expr).isZero();
    }
}
