package dev.bazaar.auth.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What auth-service makes sure of when it starts, after the migrations (priority 0) and before
 * the gRPC server serves (100): a signing key exists (the JWKS is never empty), and the first
 * admin from configuration.
 */
@ApplicationScoped
public class StartUp {

    private final SigningKeys signingKeys;
    private final BootstrapAdmin bootstrapAdmin;

    @Inject
    public StartUp(SigningKeys signingKeys, BootstrapAdmin bootstrapAdmin) {
        this.signingKeys = signingKeys;
        this.bootstrapAdmin = bootstrapAdmin;
    }

    void onStart(@Observes @Priority(20) @Initialized(ApplicationScoped.class) Object started) {
        signingKeys.signingKey();
        bootstrapAdmin.createIfConfigured();
    }
}
