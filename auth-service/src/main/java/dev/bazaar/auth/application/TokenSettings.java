package dev.bazaar.auth.application;

import dev.bazaar.auth.domain.key.KeyRotationPolicy;
import dev.bazaar.auth.domain.session.SessionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How tokens are issued. Issuer and audience are the platform's (every verifier checks the same
 * values); lifetimes and the key age are auth-service's.
 */
@ApplicationScoped
public class TokenSettings {

    private final String issuer;
    private final String audience;
    private final Duration accessTokenLifetime;
    private final SessionPolicy sessionPolicy;
    private final KeyRotationPolicy keyRotation;

    @Inject
    public TokenSettings(@ConfigProperty(name = "bazaar.auth.issuer") String issuer,
                         @ConfigProperty(name = "bazaar.auth.audience") String audience,
                         @ConfigProperty(name = "bazaar.auth.access-token.lifetime", defaultValue = "PT15M") Duration accessTokenLifetime,
                         @ConfigProperty(name = "bazaar.auth.refresh-token.lifetime", defaultValue = "P14D") Duration refreshTokenLifetime,
                         @ConfigProperty(name = "bazaar.auth.session.max-lifetime", defaultValue = "P30D") Duration sessionMaxLifetime,
                         @ConfigProperty(name = "bazaar.auth.keys.max-age", defaultValue = "P30D") Duration keyMaxAge,
                         @ConfigProperty(name = "bazaar.auth.clock-skew", defaultValue = "PT30S") Duration clockSkew) {
        this.issuer = issuer;
        this.audience = audience;
        this.accessTokenLifetime = accessTokenLifetime;
        this.sessionPolicy = new SessionPolicy(refreshTokenLifetime, sessionMaxLifetime);
        this.keyRotation = new KeyRotationPolicy(keyMaxAge, accessTokenLifetime, clockSkew);
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    public SessionPolicy sessionPolicy() {
        return sessionPolicy;
    }

    public KeyRotationPolicy keyRotation() {
        return keyRotation;
    }
}
