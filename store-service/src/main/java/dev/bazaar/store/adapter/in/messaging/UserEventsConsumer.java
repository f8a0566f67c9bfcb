package dev.bazaar.store.adapter.in.messaging;

import dev.bazaar.platform.events.InboundEvent;
import dev.bazaar.platform.messaging.InboxConsumer;
import dev.bazaar.platform.messaging.PoisonMessageException;
import dev.bazaar.store.application.KeepUserCopies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** auth-service's user events ({@code shop.user.events}) into store-service's user copies. */
@ApplicationScoped
public class UserEventsConsumer {

    static final String CONSUMER = "store.user-copies";

    /** The parts of api/events/UserRegistered.schema.json this consumer reads. */
    public record UserRegistered(String userId, String displayName, List<String> roles, Instant occurredAt) {
        boolean isComplete() {
            return userId != null && displayName != null && roles != null && occurredAt != null;
        }
    }

    /** The parts of api/events/UserDeactivated.schema.json this consumer reads. */
    public record UserDeactivated(String userId, Instant occurredAt) {
        boolean isComplete() {
            return userId != null && occurredAt != null;
        }
    }

    private final InboxConsumer inbox;
    private final KeepUserCopies keepUserCopies;

    @Inject
    public UserEventsConsumer(InboxConsumer inbox, KeepUserCopies keepUserCopies) {
        this.inbox = inbox;
        this.keepUserCopies = keepUserCopies;
    }

    @Incoming("user-events")
    public CompletionStage<Void> onUserEvent(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        switch (event.type()) {
            case "UserRegistered" -> {
                UserRegistered registered = Payloads.parse(event, UserRegistered.class);
                require(registered.isComplete(), event);
                keepUserCopies.registered(registered.userId(), registered.displayName(), Set.copyOf(registered.roles()),
                        registered.occurredAt());
            }
            case "UserDeactivated" -> {
                UserDeactivated deactivated = Payloads.parse(event, UserDeactivated.class);
                require(deactivated.isComplete(), event);
                keepUserCopies.deactivated(deactivated.userId(), deactivated.occurredAt());
            }
            default -> {
                // Other user events are not ours to act on: acknowledged, nothing changes.
            }
        }
    }

    /** A payload that breaks its schema will not get better by retrying: straight to dead letters. */
    private static void require(boolean complete, InboundEvent event) {
        if (!complete) {
            throw new PoisonMessageException(event.type() + " payload lacks required fields");
        }
    }
}
