package dev.bazaar.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's configuration as the service itself sees it, read from its sources: the
 * microprofile-config.properties of the service and of the platform modules it depends on (in
 * MicroProfile's order: environment over the service's file over the platform's), and every key its
 * code or theirs reads by name ({@code @ConfigProperty(name = "...")}, {@code getValue("...")}, ...)
 * or their properties refer to ({@code ${bazaar.db.password}}).
 */
final class ServiceConfig {

    /** Platform modules by artifactId; platform-data and -messaging include the core. */
    private static final Map<String, List<String>> PLATFORM_MODULES = Map.of(
            "bazaar-platform", List.of("platform/core"),
            "bazaar-platform-data", List.of("platform/core", "platform/data"),
            "bazaar-platform-messaging", List.of("platform/core", "platform/data", "platform/messaging"));

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:@ConfigProperty\\(\\s*name\\s*=\\s*|get(?:Optional)?Value\\(\\s*)\"([A-Za-z0-9_.\\-]+)\"");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)");

    final String name;
    /** properties, lowest priority first: the platform's defaults, then the service's own */
    private final Map<String, String> properties = new TreeMap<>();
    private final Set<String> keysRead = new TreeSet<>();

    private ServiceConfig(String name) {
        this.name = name;
    }

    static ServiceConfig of(String service) {
        ServiceConfig config = new ServiceConfig(service);
        List<String> modules = new ArrayList<>(platformModulesOf(service));
        modules.add(service);
        for (String module : modules) {
            Path base = Tools.REPO.resolve(module).resolve("src/main");
            config.properties.putAll(load(base.resolve("resources/META-INF/microprofile-config.properties")));
            config.keysRead.addAll(keysReadByCode(base.resolve("java")));
        }
        config.keysRead.addAll(config.properties.keySet());
        // keys read through property expressions, e.g. ...dataSource.password=${bazaar.db.password}
        config.properties.values().forEach(value -> {
            Matcher reference = EXPRESSION.matcher(value);
            while (reference.find()) {
                config.keysRead.add(reference.group(1));
            }
        });
        return config;
    }

    private static List<String> platformModulesOf(String service) {
        try {
            String pom = Files.readString(Tools.REPO.resolve(service).resolve("pom.xml"));
            List<String> modules = new ArrayList<>();
            for (var entry : PLATFORM_MODULES.entrySet()) {
                if (pom.contains("<artifactId>" + entry.getKey() + "</artifactId>")) {
                    entry.getValue().stream().filter(m -> !modules.contains(m)).forEach(modules::add);
                }
            }
            return modules.stream().sorted().toList(); // core before data before messaging
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        map.remove("config_ordinal");
        return map;
    }

    private static Set<String> keysReadByCode(Path sources) {
        Set<String> keys = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return keys;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /**
     * MicroProfile Config's environment variable names for a key: the key itself, with every
     * non-alphanumeric character replaced by '_', and that upper-cased (MP Config 3.1, ConfigSource).
     */
    static Set<String> envNamesOf(String key) {
        String underscored = key.replaceAll("[^A-Za-z0-9]", "_");
        return Set.of(key, underscored, underscored.toUpperCase(Locale.ROOT));
    }

    /** The config key an environment variable sets, if the service reads one by that name. */
    Optional<String> keySetBy(String envName) {
        return keysRead.stream().filter(k -> envNamesOf(k).contains(envName)).findFirst();
    }

    /** The value the service sees for a key, given the environment the manifests set. */
    Optional<String> value(String key, Map<String, String> environment) {
        for (String envName : envNamesOf(key)) {
            if (environment.containsKey(envName)) {
                return Optional.of(environment.get(envName));
            }
        }
        return Optional.ofNullable(properties.get(key));
    }

    Optional<Integer> intValue(String key, Map<String, String> environment) {
        return value(key, environment).map(Integer::parseInt);
    }

    Duration durationValue(String key, Map<String, String> environment, Duration fallback) {
        return value(key, environment).map(Duration::parse).orElse(fallback);
    }

    boolean grpcEnabled(Map<String, String> environment) {
        return value("bazaar.grpc.enabled", environment).map(Boolean::parseBoolean).orElse(true);
    }
}
