package dev.bazaar.auth.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The {@code signing_keys} table. */
@Entity
@Table(name = "signing_keys")
class SigningKeyEntity {

    @Id
    @Column(name = "kid", length = 64)
    String keyId;

    @Column(name = "public_key", nullable = false)
    String publicKey;

    @Column(name = "private_key", nullable = false)
    String privateKey;

    @Column(name = "private_key_encryption", nullable = false, length = 16)
    String privateKeyEncryption;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "retired_at")
    Instant retiredAt;
}
