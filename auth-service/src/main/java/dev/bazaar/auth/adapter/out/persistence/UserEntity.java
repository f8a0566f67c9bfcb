package dev.bazaar.auth.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The {@code users} table (V1__users.sql). The domain's {@code User} never sees this class. */
@Entity
@Table(name = "users")
class UserEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false, length = 254)
    String email;

    @Column(name = "display_name", nullable = false, length = 100)
    String displayName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 16)
    Set<String> roles = new HashSet<>();

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "deactivated_at")
    Instant deactivatedAt;

    @Version
    long version;
}
