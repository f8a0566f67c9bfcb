package dev.bazaar.relay;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connector as Kubernetes runs it: the Strimzi {@code KafkaConnector} in
 * {@code kustomize/base/outbox-relay/kafka-connector.yaml}, which the build copies into this jar.
 * The relay takes its connector class, task count and every {@code spec.config} entry from here,
 * so the local relay and Kafka Connect cannot drift apart (docs/decisions/0009).
 *
 * @param name           {@code metadata.name}: Kafka Connect's connector name, the engine's too
 *                       (offsets are stored under it)
 * @param connectorClass {@code spec.class}
 * @param tasksMax       {@code spec.tasksMax}
 * @param config         {@code spec.config}, values as text in file order
 */
public record ConnectorFile(String name, String connectorClass, int tasksMax, Map<String, String> config) {

    /** Where the build puts the file inside the jar. */
    public static final String RESOURCE = "dev/bazaar/relay/kafka-connector.yaml";

    public ConnectorFile {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** The file carried by this jar. */
    public static ConnectorFile load() {
        try (InputStream in = ConnectorFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: build the relay with Maven, "
                        + "which copies it from kustomize/base/outbox-relay");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Parses a Strimzi {@code KafkaConnector} document; anything else is refused. */
    public static ConnectorFile parse(InputStream yaml) {
        // SafeConstructor: plain maps, lists and scalars only, never arbitrary classes.
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<?, ?> root = map(document, "the document");
        if (!"KafkaConnector".equals(root.get("kind"))) {
            throw new IllegalArgumentException("kind must be KafkaConnector, is " + root.get("kind"));
        }
        Object name = map(root.get("metadata"), "metadata").get("name");
        if (!(name instanceof String connectorName) || connectorName.isBlank()) {
            throw new IllegalArgumentException("metadata.name is missing");
        }
        Map<?, ?> spec = map(root.get("spec"), "spec");
        Object connectorClass = spec.get("class");
        if (!(connectorClass instanceof String className) || className.isBlank()) {
            throw new IllegalArgumentException("spec.class is missing");
        }
        int tasksMax = spec.get("tasksMax") instanceof Number n ? n.intValue() : 1;
        Map<String, String> config = new LinkedHashMap<>();
        // YAML reads 3306 as a number and true as a boolean; Kafka Connect receives text either way.
        map(spec.get("config"), "spec.config").forEach((key, value) -> config.put(String.valueOf(key), String.valueOf(value)));
        return new ConnectorFile(connectorName, className, tasksMax, config);
    }

    private static Map<?, ?> map(Object node, String what) {
        if (node instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(what + " must be a mapping");
    }
}
