package dev.bazaar.payment.adapter.in.messaging;

import dev.bazaar.payment.application.AuthorizePayment;
import dev.bazaar.payment.application.RefundPayment;
import dev.bazaar.payment.domain.Money;
import dev.bazaar.platform.events.InboundEvent;
import dev.bazaar.platform.messaging.InboxConsumer;
import dev.bazaar.platform.messaging.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * order-service's saga commands ({@code shop.order-saga.events}, payment-service's own consumer
 * group) into payments: AuthorizePayment and RefundPayment. The topic also carries store-service's
 * commands (ReserveStock, ...): those are acknowledged and left alone. Each command is handled in
 * the inbox transaction, with its reply written to the outbox in the same transaction.
 */
@ApplicationScoped
public class SagaCommandsConsumer {

    /** The inbox key of this handler. */
    public static final String CONSUMER = "payment.saga-commands";
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** The parts of api/events/AuthorizePayment.schema.json this consumer reads. */
    public record AuthorizePaymentCommand(String orderId, String customerId, MoneyJson amount) {
    }

    /** The parts of api/events/RefundPayment.schema.json this consumer reads. */
    public record RefundPaymentCommand(String orderId, String customerId, String reason) {
    }

    /** api/events' Money. */
    public record MoneyJson(Long amount, String currency) {
    }

    private final InboxConsumer inbox;
    private final AuthorizePayment authorizePayment;
    private final RefundPayment refundPayment;

    @Inject
    public SagaCommandsConsumer(InboxConsumer inbox, AuthorizePayment authorizePayment, RefundPayment refundPayment) {
        this.inbox = inbox;
        this.authorizePayment = authorizePayment;
        this.refundPayment = refundPayment;
    }

    @Incoming("order-saga")
    public CompletionStage<Void> onSagaCommand(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    /** Handles one command; runs inside the inbox transaction (public for the tests that drive it). */
    public void apply(InboundEvent event) {
        switch (event.type()) {
            case "AuthorizePayment" -> {
                AuthorizePaymentCommand command = parse(event, AuthorizePaymentCommand.class);
                MoneyJson amount = command.amount();
                require(isUuid(command.orderId()) && isUuid(command.customerId()) && amount != null
                        && amount.amount() != null && amount.amount() >= 0
                        && amount.currency() != null && CURRENCY.matcher(amount.currency()).matches(), event);
                authorizePayment.authorize(new AuthorizePayment.Command(canonical(command.orderId()), canonical(command.customerId()),
                        new Money(amount.amount(), amount.currency())));
            }
            case "RefundPayment" -> {
                RefundPaymentCommand command = parse(event, RefundPaymentCommand.class);
                require(isUuid(command.orderId()) && isUuid(command.customerId()) && command.reason() != null
                        && !command.reason().isEmpty() && command.reason().length() <= 600, event);
                refundPayment.refund(new RefundPayment.Command(canonical(command.orderId()), canonical(command.customerId()),
                        command.reason()));
            }
            default -> {
                // ReserveStock and the other saga commands are store-service's: acknowledged, nothing changes.
            }
        }
    }

    /** A command that breaks its schema will not get better by retrying: straight to dead letters. */
    private static void require(boolean valid, InboundEvent event) {
        if (!valid) {
            throw new PoisonMessageException(event.type() + " payload lacks or breaks required fields");
        }
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && value.length() == 36 && UUID.fromString(value) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Ids are kept in UUID's lower-case form, as the tokens' subjects and the other services write them. */
    private static String canonical(String uuid) {
        return UUID.fromString(uuid).toString();
    }

    private static <T> T parse(InboundEvent event, Class<T> type) {
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
