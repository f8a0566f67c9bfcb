package dev.bazaar.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * A service of the shop as {@code ./shop up} runs it: its module folder, its ports (see "Local
 * run and ports" in the design) and which wave it starts in.
 *
 * @param grpcPort 0 when the service serves no gRPC
 * @param wave     waves start in order, each once the one before is ready:
 *                 {@link #FIRST} the outbox relay (on its very first run it starts reading the binlog
 *                 where it is then, so it must be reading before any service writes an outbox row),
 *                 {@link #MIDDLE} the services, {@link #LAST} the BFF (it calls them all)
 */
record ServiceSpec(String name, int httpPort, int grpcPort, int wave) {

    static final int FIRST = 0;
    static final int MIDDLE = 1;
    static final int LAST = 2;

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("outbox-relay", 8090, 0, FIRST),
            new ServiceSpec("auth-service", 8081, 9081, MIDDLE),
            new ServiceSpec("store-service", 8082, 9082, MIDDLE),
            new ServiceSpec("order-service", 8083, 9083, MIDDLE),
            new ServiceSpec("payment-service", 8084, 9084, MIDDLE),
            new ServiceSpec("web-bff", 8080, 0, LAST));

    /** "auth" for auth-service: the name in config keys such as bazaar.backends.auth.address. */
    String shortName() {
        return name.replaceFirst("-service$", "");
    }

    /** The same service on ports moved by {@code offset} (--port-offset: a second shop, tests). */
    ServiceSpec shifted(int offset) {
        return new ServiceSpec(name, httpPort + offset, grpcPort == 0 ? 0 : grpcPort + offset, wave);
    }

    /** Helidon's packaging: {@code <module>/target/<artifactId>.jar}, artifactId = module name. */
    Path jar(Path repo) {
        return repo.resolve(name).resolve("target").resolve(name + ".jar");
    }
}
