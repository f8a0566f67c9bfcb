package dev.bazaar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Kustomize target renders, and every object it renders is valid against the schema of its
 * kind: Kubernetes' and the CRDs' (Istio, Argo CD, Prometheus Operator, External Secrets) from the
 * npm packages kubernetes-models and @kubernetes-models/* (their compiled JSON-schema validators,
 * plus a TypeScript check against their interfaces that rejects unknown fields), Strimzi's from our
 * own strict schemas in src/test/resources/schemas. Offline once this module's package-lock.json
 * is installed.
 */
class ManifestSchemaTest {

    private static final Path VALIDATOR = Tools.MODULE.resolve("src/test/node/validate-manifests.mjs");
    private static final Path SCHEMAS = Tools.MODULE.resolve("src/test/resources/schemas");

    static final List<String> TARGETS = Rendered.TARGETS;

    static List<String> targets() {
        return TARGETS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyRenderedObjectIsValidAgainstTheSchemaOfItsKind(String target) {
        Rendered rendered = Rendered.of(target);
        assertThat(rendered.objects()).as("%s renders objects", target).isNotEmpty();

        List<JsonNode> results = validate(rendered.file());

        assertThat(results).hasSameSizeAs(rendered.objects());
        List<String> invalid = new ArrayList<>();
        for (JsonNode result : results) {
            if (!result.path("errors").isEmpty()) {
                invalid.add(result.path("kind").asText() + " " + result.path("name").asText() + " (" + result.path("validator").asText()
                        + "): " + result.path("errors"));
            }
        }
        assertThat(invalid).as("invalid objects in %s", target).isEmpty();
    }

    /** The validator has teeth: each object of broken-manifests.yaml breaks its schema in one way. */
    @Test
    void theValidatorRejectsWhatTheSchemasForbid() {
        List<JsonNode> results = validate(Tools.MODULE.resolve("src/test/resources/broken-manifests.yaml"));

        assertThat(results).hasSize(8);
        for (JsonNode result : results) {
            assertThat(result.path("errors")).as(result.path("kind").asText() + " " + result.path("name").asText()).isNotEmpty();
        }
        assertThat(results.get(0).path("errors").toString()).contains("containerPort must be integer");
        assertThat(results.get(1).path("errors").toString()).contains("mtls/mode must be equal to one of the allowed values");
        assertThat(results.get(2).path("errors").toString()).contains("must NOT have additional properties").contains("partition");
        assertThat(results.get(3).path("errors").toString()).contains("must have required property destination");
        assertThat(results.get(4).path("errors").toString()).contains("no schema for kafka.strimzi.io/v1 Kafka");
        assertThat(results.get(5).path("errors").toString()).contains("no schema for example.com/v1 Widget");
        // unknown fields: the compiled validators let them through, the TypeScript check does not
        assertThat(results.get(6).path("errors").toString()).contains("'\\\"livenessProb\\\"' does not exist in type 'IContainer'");
        assertThat(results.get(7).path("errors").toString()).contains("'\\\"port\\\"' does not exist in type 'IServiceSpec'");
    }

    /** A kustomization nobody renders would never be checked: each one is a target or used by one. */
    @Test
    void everyKustomizationIsRenderedByATarget() throws IOException {
        Set<Path> kustomizations = new TreeSet<>();
        Set<Path> reached = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Tools.KUSTOMIZE_DIR)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList()) {
                Path dir = file.getParent();
                kustomizations.add(dir);
                JsonNode kustomization = Rendered.YAML.readTree(file.toFile());
                for (String field : List.of("resources", "components")) {
                    for (JsonNode entry : kustomization.path(field)) {
                        Path referenced = dir.resolve(entry.asText()).normalize();
                        if (Files.isDirectory(referenced)) {
                            reached.add(referenced);
                        }
                    }
                }
            }
        }
        TARGETS.forEach(t -> reached.add(Tools.KUSTOMIZE_DIR.resolve(t)));
        assertThat(reached).containsAll(kustomizations);
    }

    private static List<JsonNode> validate(Path file) {
        Tools.install();
        Tools.Result result = Tools.run(List.of(Tools.node(), VALIDATOR.toString(), SCHEMAS.toString(), file.toString()), 120);
        try {
            List<JsonNode> objects = new ArrayList<>();
            Rendered.JSON.readTree(result.stdout()).path("objects").forEach(objects::add);
            return objects;
        } catch (IOException e) {
            throw new IllegalStateException("validator output: " + result.stdout() + result.stderr(), e);
        }
    }
}
