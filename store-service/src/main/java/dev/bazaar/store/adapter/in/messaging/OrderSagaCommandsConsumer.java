package dev.bazaar.store.adapter.in.messaging;

import dev.bazaar.platform.events.InboundEvent;
import dev.bazaar.platform.messaging.EventPayloads;
import dev.bazaar.platform.messaging.InboxConsumer;
import dev.bazaar.platform.messaging.PoisonMessageException;
import dev.bazaar.store.application.StockReservations;
import dev.bazaar.store.domain.inventory.ReservationLine;
import dev.bazaar.store.domain.product.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * order-service's saga commands ({@code shop.order-saga.events}) that are store-service's:
 * ReserveStock, ConfirmReservation and ReleaseStock. The topic also carries payment-service's
 * commands; those and any new types are acknowledged and skipped. Each command is handled in the
 * transaction that records its message id in the inbox, so a redelivery has no second effect.
 */
@ApplicationScoped
public class OrderSagaCommandsConsumer {

    static final String CONSUMER = "store.stock-reservations";

    /** The parts of api/events/ReserveStock.schema.json this consumer reads. */
    public record ReserveStock(String orderId, String customerId, List<Line> lines, Instant expiresAt) {
    }

    /** A line of ReserveStock. */
    public record Line(String productId, Integer quantity) {
    }

    /** ConfirmReservation and ReleaseStock: the order, and for a release why. */
    public record OrderCommand(String orderId, String reason) {
    }

    private final InboxConsumer inbox;
    private final StockReservations reservations;

    @Inject
    public OrderSagaCommandsConsumer(InboxConsumer inbox, StockReservations reservations) {
        this.inbox = inbox;
        this.reservations = reservations;
    }

    @Incoming("order-saga-commands")
    public CompletionStage<Void> onCommand(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    void apply(InboundEvent event) {
        switch (event.type()) {
            case "ReserveStock" -> reservations.reserve(reserve(EventPayloads.read(event, ReserveStock.class), event));
            case "ConfirmReservation" -> reservations.confirm(orderId(EventPayloads.read(event, OrderCommand.class).orderId(), event));
            case "ReleaseStock" -> {
                OrderCommand release = EventPayloads.read(event, OrderCommand.class);
                reservations.release(orderId(release.orderId(), event), release.reason() == null ? "" : release.reason());
            }
            default -> {
                // AuthorizePayment, RefundPayment and whatever comes next are not ours: acknowledged, nothing changes.
            }
        }
    }

    /** A command that breaks its schema will not get better by retrying: straight to dead letters. */
    private static StockReservations.Reserve reserve(ReserveStock command, InboundEvent event) {
        if (command.customerId() == null || command.lines() == null || command.lines().isEmpty()
                || command.expiresAt() == null) {
            throw new PoisonMessageException("ReserveStock payload lacks required fields");
        }
        Set<ProductId> seen = new HashSet<>();
        List<ReservationLine> lines = command.lines().stream().map(line -> {
            if (line == null || line.quantity() == null || line.quantity() < 1 || line.quantity() > ReservationLine.MAX_QUANTITY) {
                throw new PoisonMessageException("ReserveStock has a line without a quantity of 1 to 999");
            }
            ProductId productId = new ProductId(uuid(line.productId(), "lines[].productId", event));
            if (!seen.add(productId)) {
                throw new PoisonMessageException("ReserveStock names product " + productId + " twice");
            }
            return new ReservationLine(productId, line.quantity());
        }).toList();
        uuid(command.customerId(), "customerId", event);
        return new StockReservations.Reserve(orderId(command.orderId(), event), command.customerId(), lines,
                command.expiresAt());
    }

    private static UUID orderId(String raw, InboundEvent event) {
        return uuid(raw, "orderId", event);
    }

    private static UUID uuid(String raw, String field, InboundEvent event) {
        try {
            if (raw == null || raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException(event.type() + "." + field + " is not a UUID: " + raw);
        }
    }
}
