package dev.bazaar.auth.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.auth.application.port.out.SigningKeyStore;
import dev.bazaar.auth.domain.key.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** Signing keys in auth's schema: public half as X.509, private half as PKCS#8, sealed by {@link PrivateKeyEncryption}. */
@ApplicationScoped
public class JpaSigningKeyStore implements SigningKeyStore {

    private static final Logger LOG = Logger.getLogger(JpaSigningKeyStore.class.getName());

    private final ServiceDatabase database;

    private final PrivateKeyEncryption encryption;
    private final Set<String> reportedUnreadable = ConcurrentHashMap.newKeySet();

    @Inject
    public JpaSigningKeyStore(ServiceDatabase database, PrivateKeyEncryption encryption) {
        this.database = database;
        this.encryption = encryption;
    }

    @Override
    @Transactional
    public List<SigningKey> all() {
        return database.entityManager().createQuery("SELECT k FROM SigningKeyEntity k ORDER BY k.createdAt", SigningKeyEntity.class)
                .getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    @Transactional
    public void add(SigningKey key) {
        SigningKeyEntity entity = new SigningKeyEntity();
        entity.keyId = key.keyId();
        entity.publicKey = Base64.getEncoder().encodeToString(key.publicKey().getEncoded());
        entity.privateKey = encryption.seal(key.keyId(), key.privateKey().getEncoded());
        entity.privateKeyEncryption = encryption.scheme();
        entity.createdAt = key.createdAt();
        entity.retiredAt = key.retiredAt();
        database.entityManager().persist(entity);
    }

    @Override
    @Transactional
    public void retire(String keyId, Instant retiredAt) {
        SigningKeyEntity entity = database.entityManager().find(SigningKeyEntity.class, keyId);
        if (entity != null && entity.retiredAt == null) {
            entity.retiredAt = retiredAt;
        }
    }

    @Override
    @Transactional
    public void remove(String keyId) {
        SigningKeyEntity entity = database.entityManager().find(SigningKeyEntity.class, keyId);
        if (entity != null) {
            database.entityManager().remove(entity);
        }
    }

    private SigningKey toDomain(SigningKeyEntity entity) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            var publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(entity.publicKey)));
            RSAPrivateKey privateKey = null;
            var pkcs8 = encryption.open(entity.keyId, entity.privateKeyEncryption, entity.privateKey);
            if (pkcs8.isPresent()) {
                privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8.get()));
            } else if (reportedUnreadable.add(entity.keyId)) {
                // Verifiable still, but it cannot sign here: a new key will take over.
                LOG.warning(() -> "Signing key " + entity.keyId + " was stored encrypted under another "
                        + "bazaar.auth.keys.encryption-key (or none is set); it only verifies");
            }
            return new SigningKey(entity.keyId, publicKey, privateKey, entity.createdAt, entity.retiredAt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + entity.keyId + " is unreadable", e);
        }
    }
}
