package dev.bazaar.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A rendered service Deployment with its first container and the environment that container gets. */
record Workload(Rendered rendered, JsonNode deployment, JsonNode container, Map<String, String> environment) {

    /** Stands for a value that comes from a Secret: present, but not in the manifests. */
    static final String FROM_SECRET = "<from a Secret>";

    static Workload of(Rendered rendered, String name) {
        JsonNode deployment = rendered.get("Deployment", name);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.path("configMapRef").path("name").asText(null);
            if (configMap == null) {
                throw new AssertionError(name + ": envFrom other than a ConfigMap: " + source);
            }
            rendered.get("ConfigMap", configMap).path("data").fields()
                    .forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode variable : container.path("env")) {
            environment.put(variable.path("name").asText(),
                    variable.has("value") ? variable.path("value").asText() : FROM_SECRET);
        }
        return new Workload(rendered, deployment, container, environment);
    }

    Optional<JsonNode> containerPort(String portName) {
        for (JsonNode port : container.path("ports")) {
            if (portName.equals(port.path("name").asText())) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }

    /** A probe's or a Service's port reference (a name or a number) as a number of this container. */
    int resolvePort(JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        return containerPort(port.asText()).orElseThrow(() -> new AssertionError("no container port named " + port.asText()))
                .path("containerPort").asInt();
    }
}
