package dev.bazaar.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * A service of the shop as {@code ./shop up} runs it: its module folder, its ports (see "Local
 * run and ports" in the design) and whether it waits for the others.
 *
 * @param grpcPort 0 when the service serves no gRPC
 * @param last     started only after every other service is ready (the BFF calls them all)
 */
record ServiceSpec(String name, int httpPort, int grpcPort, boolean last) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("auth-service", 8081, 9081, false),
            new ServiceSpec("store-service", 8082, 9082, false),
            new ServiceSpec("order-service", 8083, 9083, false),
            new ServiceSpec("payment-service", 8084, 9084, false),
            new ServiceSpec("outbox-relay", 8090, 0, false),
            new ServiceSpec("web-bff", 8080, 0, true));

    /** "auth" for auth-service: the name in config keys such as bazaar.backends.auth.address. */
    String shortName() {
        return name.replaceFirst("-service$", "");
    }

    /** The same service on ports moved by {@code offset} (--port-offset: a second shop, tests). */
    ServiceSpec shifted(int offset) {
        return new ServiceSpec(name, httpPort + offset, grpcPort == 0 ? 0 : grpcPort + offset, last);
    }

    /** Helidon's packaging: {@code <module>/target/<artifactId>.jar}, artifactId = module name. */
    Path jar(Path repo) {
        return repo.resolve(name).resolve("target").resolve(name + ".jar");
    }
}
