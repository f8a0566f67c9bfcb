package dev.bazaar.auth.adapter.out.crypto;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.bazaar.auth.application.port.out.PasswordHasher;
import dev.bazaar.auth.domain.user.PasswordHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Argon2id (RFC 9106) through Password4j, with a random salt per hash; parameters are encoded in
 * the hash, so raising them later keeps old hashes verifiable. Defaults follow OWASP's minimum
 * (19 MiB, 2 iterations, 1 lane); configurable for stronger machines.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {

    private final Argon2Function argon2;

    @Inject
    public Argon2PasswordHasher(@ConfigProperty(name = "bazaar.auth.argon2.memory-kib", defaultValue = "19456") int memoryKib,
                                @ConfigProperty(name = "bazaar.auth.argon2.iterations", defaultValue = "2") int iterations,
                                @ConfigProperty(name = "bazaar.auth.argon2.parallelism", defaultValue = "1") int parallelism) {
        this.argon2 = Argon2Function.getInstance(memoryKib, iterations, parallelism, 32, Argon2.ID);
    }

    @Override
    public PasswordHash hash(dev.bazaar.auth.domain.user.Password password) {
        return new PasswordHash(Password.hash(password.reveal()).addRandomSalt(16).with(argon2).getResult());
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        // The parameters come from the stored hash, so hashes made with older settings still verify.
        return candidate != null && Password.check(candidate, hash.encoded())
                .with(Argon2Function.getInstanceFromHash(hash.encoded()));
    }
}
