package dev.bazaar.platform.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * Whether the service is draining for shutdown. Readiness reports DOWN as soon as it is, so load
 * balancers stop sending new work while in-flight work completes.
 */
@ApplicationScoped
public class ServiceLifecycle {

    private volatile boolean draining;
    private final List<Runnable> drainListeners = new CopyOnWriteArrayList<>();

    public boolean isDraining() {
        return draining;
    }

    /** Registers work to do when draining starts (e.g. flip the gRPC health status). */
    public void onDrain(Runnable listener) {
        drainListeners.add(listener);
    }

    void startDraining() {
        draining = true;
        drainListeners.forEach(Runnable::run);
    }
}
