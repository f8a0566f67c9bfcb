package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * Use case: sessions that ended (logged out, revoked, or idle until their last refresh token
 * expired) are deleted with their refresh tokens once {@code bazaar.auth.session.retention}
 * (default one day) has passed, so the tables hold live logins, not history. A token of a deleted
 * session is unknown and refused like any other invalid one.
 */
@ApplicationScoped
public class ForgetEndedSessions {

    static final int BATCH = 1000;

    private final Sessions sessions;
    private final Duration retention;
    private final Clock clock;

    @Inject
    public ForgetEndedSessions(Sessions sessions,
                               @ConfigProperty(name = "bazaar.auth.session.retention", defaultValue = "P1D") Duration retention,
                               Clock clock) {
        this.sessions = sessions;
        this.retention = retention;
        this.clock = clock;
    }

    /** Deletes one batch; returns how many sessions went (a full batch means: call again). */
    @Transactional
    public int forgetBatch() {
        return sessions.deleteEndedBefore(clock.instant().minus(retention), BATCH);
    }
}
