package dev.bazaar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What `kustomize build kustomize/<target>` renders, as parsed objects; rendered once per test run. */
record Rendered(String target, Path file, List<JsonNode> objects) {

    /** Every target a cluster is given: the overlays, the data infrastructure, Argo CD's applications. */
    static final List<String> TARGETS = List.of("overlays/dev", "overlays/prod", "infrastructure/dev",
            "infrastructure/prod", "argocd", "argocd/apps");

    static final ObjectMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    static Rendered of(String target) {
        return CACHE.computeIfAbsent(target, Rendered::render);
    }

    private static Rendered render(String target) {
        Tools.Result result = Tools.run(List.of(Tools.node(), Tools.kustomize().toString(), "build",
                Tools.KUSTOMIZE_DIR.resolve(target).toString()), 120);
        try {
            Path file = Tools.MODULE.resolve("target/rendered/" + target.replace('/', '-') + ".yaml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, result.stdout());
            return new Rendered(target, file, parseAll(result.stdout()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> parseAll(String yaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode node = documents.next();
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    objects.add(node);
                }
            }
        }
        return objects;
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(target + " renders no " + kind + " " + name));
    }
}
