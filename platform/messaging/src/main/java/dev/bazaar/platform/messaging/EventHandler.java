package dev.bazaar.platform.messaging;

import dev.bazaar.platform.events.InboundEvent;

/**
 * What a consumer does with one event, inside the transaction that also records the event in the
 * inbox. Throwing rolls both back; the message is then retried, and parked in the dead-letter
 * topic if it keeps failing.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(InboundEvent event) throws Exception;
}
