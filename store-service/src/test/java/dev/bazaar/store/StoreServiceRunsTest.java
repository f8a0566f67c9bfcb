package dev.bazaar.store;

import dev.bazaar.platform.health.ReadinessChecks;
import dev.bazaar.platform.testing.RunningServiceContract;
import dev.bazaar.platform.testing.TestEvents;
import dev.bazaar.platform.testing.TestAccessTokens;
import jakarta.enterprise.inject.literal.NamedLiteral;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * store-service started for real against MariaDB and Kafka: the service contract, and the copy of
 * users kept from auth-service's events as the relay publishes them on {@code shop.user.events}
 * (a deactivated seller's stores close).
 */
class StoreServiceRunsTest extends RunningServiceContract {

    static {
        TestAccessTokens.install();
    }

    @Override
    protected List<String> expectedGrpcServices() {
        // The domain services (api/) are registered here as the store issue implements them.
        return List.of("bazaar.store.v1.StoreService", "bazaar.store.v1.ProductService", "bazaar.store.v1.InventoryService");
    }

    @Test
    void aRegisteredSellerIsCopiedAndADeactivationFollowsClosingTheirStores() throws Exception {
        String userId = UUID.randomUUID().toString();
        publish(userId, "UserRegistered", """
                {"userId":"%s","email":"sam@example.org","displayName":"Sam's Shop","roles":["seller"],"occurredAt":"2026-11-25T10:00:00Z"}"""
                .formatted(userId));
        assertThat(awaitCopy(userId, "1")).isEqualTo("Sam's Shop|seller|1");
        String store = UUID.randomUUID().toString();
        update("INSERT INTO stores (id, owner_id, name, description, status, created_at, updated_at)"
                + " VALUES (?, ?, 'Sam''s', '', 'OPEN', NOW(6), NOW(6))", store, userId);

        publish(userId, "UserDeactivated", """
                {"userId":"%s","reason":"closed","deactivatedBy":"%s","occurredAt":"2026-11-25T11:00:00Z"}"""
                .formatted(userId, userId));
        assertThat(awaitCopy(userId, "0")).isEqualTo("Sam's Shop|seller|0");
        assertThat(query("SELECT status FROM stores WHERE id = ?", store)).as("the seller's store closes with the account")
                .containsExactly("CLOSED");
    }

    @Test
    void aReplayedOlderEventDoesNotUndoANewerOne() throws Exception {
        String userId = UUID.randomUUID().toString();
        String registered = """
                {"userId":"%s","email":"kim@example.org","displayName":"Kim","roles":["customer"],"occurredAt":"2026-11-25T10:00:00Z"}"""
                .formatted(userId);
        publish(userId, "UserRegistered", registered);
        publish(userId, "UserDeactivated", """
                {"userId":"%s","reason":"closed","deactivatedBy":"%s","occurredAt":"2026-11-25T11:00:00Z"}"""
                .formatted(userId, userId));
        assertThat(awaitCopy(userId, "0")).isEqualTo("Kim|customer|0");

        // The same registration again, as a new message (a replay of the topic by another producer id).
        publish(userId, "UserRegistered", registered);
        String marker = UUID.randomUUID().toString();
        publish(marker, "UserRegistered", """
                {"userId":"%s","email":"m@example.org","displayName":"M","roles":["customer"],"occurredAt":"2026-11-25T12:00:00Z"}"""
                .formatted(marker));
        awaitCopy(marker, "1");
        assertThat(copy(userId)).hasValue("Kim|customer|0");
    }

    private static void publish(String key, String type, String payload) throws Exception {
        TestEvents.publish("shop.user.events", key, type, payload);
    }

    private static String awaitCopy(String userId, String active) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        Optional<String> copy = copy(userId);
        while (copy.filter(c -> c.endsWith("|" + active)).isEmpty()) {
            assertThat(Instant.now()).as("copy of %s in time", userId).isBefore(deadline);
            Thread.sleep(50);
            copy = copy(userId);
        }
        return copy.get();
    }

    private static Optional<String> copy(String userId) throws Exception {
        DataSource dataSource = bean(DataSource.class, NamedLiteral.of(ReadinessChecks.DATA_SOURCE));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT CONCAT(display_name, '|', roles, '|', active) FROM user_copies WHERE user_id = ?")) {
            statement.setString(1, userId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
