package dev.bazaar.store.adapter.in.messaging;

import dev.bazaar.platform.events.InboundEvent;
import dev.bazaar.platform.messaging.PoisonMessageException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** Reads an event's JSON payload; one that does not parse is poison (straight to dead letters). */
final class Payloads {

    private static final Jsonb JSON = JsonbBuilder.create();

    private Payloads() {
    }

    static <T> T parse(InboundEvent event, Class<T> type) {
        try {
            T parsed = JSON.fromJson(event.payload(), type);
            if (parsed == null) {
                throw new PoisonMessageException("empty " + event.type() + " payload");
            }
            return parsed;
        } catch (JsonbException e) {
            throw new PoisonMessageException(event.type() + " payload does not parse", e);
        }
    }
}
