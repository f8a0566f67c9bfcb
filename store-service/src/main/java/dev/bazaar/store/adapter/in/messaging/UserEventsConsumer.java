package dev.bazaar.store.adapter.in.messaging;

import dev.bazaar.platform.events.InboundEvent;
import dev.bazaar.platform.messaging.EventPayloads;
import dev.bazaar.platform.messaging.InboxConsumer;
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
                UserRegistered registered = EventPayloads.read(event, UserRegistered.class, UserRegistered::isComplete);
                keepUserCopies.registered(registered.userId(), registered.displayName(), Set.copyOf(registered.roles()),
                        registered.occurredAt());
            }
            case "UserDeactivated" -> {
                UserDeactivated deactivated = EventPayloads.read(event, UserDeactivated.class,
                        UserDeactivated::isComplete);
                keepUserCopies.deactivated(deactivated.userId(), deactivated.occurredAt());
            }
            default -> {
                // Other user events are not ours to act on: acknowledged, nothing changes.
            }
        }
    }

}
