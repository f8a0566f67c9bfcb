package dev.bazaar.platform.messaging;

import dev.bazaar.platform.events.InboundEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import java.util.function.Predicate;

/**
 * Reads an event's JSON payload into the record a consumer declares (the parts of the schema it
 * uses; unknown fields are ignored, as api/events/README.md asks of readers). A payload that does
 * not parse or lacks what the consumer needs will not get better by retrying: it is a
 * {@link PoisonMessageException}, straight to the dead-letter topic.
 */
public final class EventPayloads {

    private static final Jsonb JSON = JsonbBuilder.create();

    private EventPayloads() {
    }

    /**
     * For a consumer that checks the fields itself.
     *
     * @throws PoisonMessageException when it does not parse
     */
    public static <T> T read(InboundEvent event, Class<T> type) {
        return read(event, type, parsed -> true);
    }

    /**
     * @param complete whether the parsed payload has every field the consumer needs
     * @throws PoisonMessageException when it does not parse or is incomplete
     */
    public static <T> T read(InboundEvent event, Class<T> type, Predicate<T> complete) {
        T parsed;
        try {
            parsed = JSON.fromJson(event.payload(), type);
        } catch (JsonbException e) {
            throw new PoisonMessageException(event.type() + " payload does not parse", e);
        }
        if (parsed == null) {
            throw new PoisonMessageException("empty " + event.type() + " payload");
        }
        if (!complete.test(parsed)) {
            throw new PoisonMessageException(event.type() + " payload lacks required fields");
        }
        return parsed;
    }
}
