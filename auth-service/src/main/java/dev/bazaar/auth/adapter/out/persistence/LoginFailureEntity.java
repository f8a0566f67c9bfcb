package dev.bazaar.auth.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code login_failures}. */
@Entity
@Table(name = "login_failures")
public class LoginFailureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "key_hash", nullable = false)
    String keyHash;

    @Column(name = "failed_at", nullable = false)
    Instant failedAt;
}
