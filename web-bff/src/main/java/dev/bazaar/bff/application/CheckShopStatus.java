package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.BackendHealthProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Use case: report which backends are up. The probes run concurrently, so the answer takes as
 * long as the slowest probe (bounded by its deadline), not their sum.
 */
@ApplicationScoped
public class CheckShopStatus {

    public static final List<String> BACKENDS = List.of("auth", "store", "order", "payment");

    private final BackendHealthProbe probe;

    @Inject
    public CheckShopStatus(BackendHealthProbe probe) {
        this.probe = probe;
    }

    public ShopStatus check() {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<String, Future<Boolean>> probes = new LinkedHashMap<>();
            BACKENDS.forEach(backend -> probes.put(backend, executor.submit(() -> probe.isServing(backend))));
            Map<String, String> services = new LinkedHashMap<>();
            probes.forEach((backend, serving) -> services.put(backend, isTrue(serving) ? "UP" : "DOWN"));
            return new ShopStatus(services);
        }
    }

    private static boolean isTrue(Future<Boolean> serving) {
        try {
            return serving.get();
        } catch (Exception probeFailed) {
            return false;
        }
    }
}
