package dev.bazaar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Argo CD's app of apps: every component is an Application that syncs by itself (prune, self-heal),
 * upstream charts are pinned to a version, our own paths are targets the build renders, and the
 * sync waves put operators before the infrastructure before the services.
 */
class ArgoCdApplicationsTest {

    private final List<JsonNode> applications = Rendered.of("argocd/apps").ofKind("Application");

    @Test
    void everyApplicationSyncsItselfWithPruneAndSelfHeal() {
        assertThat(applications).hasSizeGreaterThanOrEqualTo(10);
        for (JsonNode application : Rendered.of("argocd").ofKind("Application")) {
            assertThat(application.at("/spec/source/path").asText()).as("the app of apps syncs apps/").isEqualTo("kustomize/argocd/apps");
        }
        for (JsonNode application : applications) {
            String name = application.at("/metadata/name").asText();
            assertThat(application.at("/metadata/namespace").asText()).as(name).isEqualTo("argocd");
            assertThat(application.at("/spec/syncPolicy/automated/prune").asBoolean()).as(name + " prunes").isTrue();
            assertThat(application.at("/spec/syncPolicy/automated/selfHeal").asBoolean()).as(name + " self-heals").isTrue();
            assertThat(application.at("/metadata/annotations/argocd.argoproj.io~1sync-wave").asText()).as(name).matches("-?\\d+");
        }
    }

    @Test
    void chartsArePinnedAndOurPathsAreRenderedTargets() {
        for (JsonNode application : applications) {
            String name = application.at("/metadata/name").asText();
            JsonNode source = application.at("/spec/source");
            if (source.has("chart")) {
                assertThat(source.path("targetRevision").asText()).as(name + ": an exact chart version").matches("\\d+\\.\\d+\\.\\d+");
            } else {
                String path = source.path("path").asText();
                assertThat(path).as(name).startsWith("kustomize/");
                assertThat(Files.isDirectory(Tools.REPO.resolve(path))).as(name + ": " + path).isTrue();
                assertThat(Rendered.TARGETS).as(name + " syncs a target the tests render").contains(path.substring("kustomize/".length()));
            }
        }
    }

    @Test
    void operatorsComeBeforeTheInfrastructureBeforeTheServices() {
        Map<String, Integer> waves = new TreeMap<>();
        applications.forEach(a -> waves.put(a.at("/metadata/name").asText(),
                Integer.parseInt(a.at("/metadata/annotations/argocd.argoproj.io~1sync-wave").asText())));
        int infrastructure = waveOf(waves, "kustomize/infrastructure/prod");
        int services = waveOf(waves, "kustomize/overlays/prod");
        assertThat(infrastructure).isLessThan(services);
        for (JsonNode application : applications) {
            if (application.at("/spec/source").has("chart")) {
                assertThat(waves.get(application.at("/metadata/name").asText()))
                        .as(application.at("/metadata/name").asText() + " (an operator or platform chart)").isLessThan(infrastructure);
            }
        }
        // the operators our resources need are among them
        assertThat(applications).extracting(a -> a.at("/spec/source/chart").asText())
                .contains("strimzi-kafka-operator", "external-secrets", "istiod", "base", "gateway", "kube-prometheus-stack",
                        "jaeger", "fluentd");
    }

    private int waveOf(Map<String, Integer> waves, String path) {
        JsonNode application = applications.stream().filter(a -> a.at("/spec/source/path").asText().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no Application syncs " + path));
        return waves.get(application.at("/metadata/name").asText());
    }
}
