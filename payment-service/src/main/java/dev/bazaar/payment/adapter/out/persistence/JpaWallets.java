package dev.bazaar.payment.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.payment.application.port.out.Wallets;
import dev.bazaar.payment.domain.Money;
import dev.bazaar.payment.domain.wallet.Wallet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Optional;

/** Wallets in payment-service's own schema, through JPA. */
@ApplicationScoped
public class JpaWallets implements Wallets {

    private final ServiceDatabase database;

    @Inject
    public JpaWallets(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Wallet> byCustomer(String customerId) {
        return Optional.ofNullable(database.entityManager().find(WalletEntity.class, customerId)).map(JpaWallets::toDomain);
    }

    @Override
    public Wallet lockOrOpen(String customerId, String currency, Instant now) {
        // One statement that creates the row when missing and, either way, takes its exclusive lock
        // (ON DUPLICATE KEY UPDATE locks the existing row). A plain SELECT ... FOR UPDATE of a
        // missing row would take a gap lock, and two first uses would deadlock on their inserts.
        database.entityManager().createNativeQuery("""
                        INSERT INTO wallets (customer_id, currency, balance, created_at, updated_at)
                        VALUES (?1, ?2, 0, ?3, NULL)
                        ON DUPLICATE KEY UPDATE customer_id = customer_id""")
                .setParameter(1, customerId)
                .setParameter(2, currency)
                .setParameter(3, now)
                .executeUpdate();
        return lock(customerId).orElseThrow(() -> new IllegalStateException("wallet " + customerId + " vanished"));
    }

    @Override
    public Optional<Wallet> lock(String customerId) {
        // SELECT ... FOR UPDATE: a locking read sees the latest committed balance, whatever the
        // transaction's snapshot. The use cases lock a wallet before they read it in a transaction,
        // so the persistence context holds no older copy of it.
        return Optional.ofNullable(database.entityManager().find(WalletEntity.class, customerId, LockModeType.PESSIMISTIC_WRITE))
                .map(JpaWallets::toDomain);
    }

    @Override
    public void update(Wallet wallet) {
        WalletEntity entity = database.entityManager().find(WalletEntity.class, wallet.customerId());
        if (entity == null) {
            throw new IllegalStateException("wallet " + wallet.customerId() + " is not stored");
        }
        entity.balance = wallet.balance().amount();
        entity.updatedAt = wallet.updatedAt();
        database.entityManager().flush();
    }

    private static Wallet toDomain(WalletEntity entity) {
        return new Wallet(entity.customerId, new Money(entity.balance, entity.currency), entity.updatedAt);
    }
}
