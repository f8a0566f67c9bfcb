package dev.bazaar.platform.messaging;

import dev.bazaar.platform.observability.TraceIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer whose effect is a row in {@code received}. Payloads steer it: {@code poison} is
 * poison, {@code flaky-N} fails its first N attempts, {@code broken} always fails.
 */
@ApplicationScoped
public class TestConsumer {

    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    @Inject
    InboxConsumer inbox;

    @PersistenceContext
    EntityManager entityManager;

    @Incoming("test-events")
    public CompletionStage<Void> onEvent(Message<String> message) {
        return inbox.consume("test.consumer", message, event -> {
            int attempt = ATTEMPTS.computeIfAbsent(event.messageId(), id -> new AtomicInteger()).incrementAndGet();
            // The effect is written before the failure: a failed attempt must leave nothing behind.
            entityManager.createNativeQuery("INSERT INTO received (message_id, payload, trace_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, event.messageId())
                    .setParameter(2, event.payload())
                    .setParameter(3, TraceIds.currentTraceId().orElse(null))
                    .executeUpdate();
            String payload = event.payload();
            if (payload.equals("poison")) {
                throw new PoisonMessageException("cannot be read");
            }
            if (payload.equals("broken")) {
                throw new IllegalStateException("always fails");
            }
            if (payload.startsWith("flaky-") && attempt <= Integer.parseInt(payload.substring(6))) {
                throw new IllegalStateException("fails attempt " + attempt);
            }
        });
    }
}
