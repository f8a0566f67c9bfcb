package dev.bazaar.payment;

import dev.bazaar.payment.adapter.in.messaging.SagaCommandsConsumer;
import dev.bazaar.payment.application.TopUpWallet;
import dev.bazaar.platform.events.InboundEvent;
import dev.bazaar.platform.messaging.InboxTransaction;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.platform.testing.EventSchemas;
import dev.bazaar.platform.testing.RunningServiceContract;
import dev.bazaar.platform.testing.TestEvents;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.bazaar.payment.PaymentTestSupport.balance;
import static dev.bazaar.payment.PaymentTestSupport.ledgerSum;
import static dev.bazaar.payment.PaymentTestSupport.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * payment-service's side of the checkout saga against the real MariaDB and Kafka: AuthorizePayment
 * and RefundPayment commands in (through the inbox), PaymentAuthorized, PaymentDeclined and
 * PaymentRefunded out (through the outbox, valid against api/events), money conserved, nothing
 * applied twice, no overdraft under concurrency.
 */
class SagaCommandsTest extends RunningServiceContract {

    private static final String TOPIC = "shop.order-saga.events";
    @Override
    protected List<String> expectedGrpcServices() {
        return List.of("bazaar.payment.v1.PaymentService");
    }

    // --- over the broker ---------------------------------------------------------------------------

    @Test
    void anAuthorizePaymentFromTheBrokerDebitsTheWalletAndRepliesPaymentAuthorizedThroughTheOutbox() throws Exception {
        String customer = UUID.randomUUID().toString();
        String order = UUID.randomUUID().toString();
        topUp(customer, 5000);

        send(UUID.randomUUID().toString(), "ReserveStock", order, """
                {"orderId": "%s", "lines": [], "expiresAt": "2026-11-25T09:30:30Z", "occurredAt": "2026-11-25T09:15:30Z"}"""
                .formatted(order));
        send(UUID.randomUUID().toString(), "AuthorizePayment", order, authorizePayment(order, customer, 3299));

        String payload = awaitReply(order, "PaymentAuthorized");
        assertThat(EventSchemas.violations("PaymentAuthorized", payload)).isEmpty();
        JsonObject reply = json(payload);
        assertThat(reply.getString("orderId")).isEqualTo(order);
        assertThat(reply.getString("customerId")).isEqualTo(customer);
        assertThat(reply.getJsonObject("amount").getJsonNumber("amount").longValue()).isEqualTo(3299);
        assertThat(reply.getJsonObject("amount").getString("currency")).isEqualTo("EUR");
        String paymentId = reply.getString("paymentId");
        assertThat(query("SELECT aggregatetype FROM outbox WHERE aggregateid = ?", paymentId)).containsExactly("payment");
        assertThat(query("SELECT status FROM payments WHERE id = ? AND order_id = ?", paymentId, order))
                .containsExactly("AUTHORIZED");
        assertThat(balance(customer)).isEqualTo(1701).isEqualTo(ledgerSum(customer));
        // ReserveStock is store-service's: claimed and acknowledged, nothing of payment's changed by it.
        assertThat(number("SELECT COUNT(*) FROM payments WHERE order_id = ?", order)).isEqualTo(1);
    }

    @Test
    void theSameMessageDeliveredTwiceByTheBrokerDebitsOnce() throws Exception {
        String customer = UUID.randomUUID().toString();
        String order = UUID.randomUUID().toString();
        topUp(customer, 5000);
        String messageId = UUID.randomUUID().toString();

        send(messageId, "AuthorizePayment", order, authorizePayment(order, customer, 1000));
        send(messageId, "AuthorizePayment", order, authorizePayment(order, customer, 1000));
        String marker = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), "AuthorizePayment", marker, authorizePayment(marker, customer, 1));
        awaitReply(marker, "PaymentAuthorized");
        awaitReply(order, "PaymentAuthorized");

        assertThat(number("SELECT COUNT(*) FROM inbox WHERE message_id = ?", messageId)).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM outbox WHERE type = 'PaymentAuthorized' AND payload LIKE ?",
                "%" + order + "%")).isEqualTo(1);
        assertThat(balance(customer)).isEqualTo(5000 - 1000 - 1).isEqualTo(ledgerSum(customer));
    }

    // --- the handler, in the inbox transaction ------------------------------------------------------

    @Test
    void aSecondAuthorizePaymentForAnOrderDebitsNothingAndRepeatsTheFirstReply() throws Exception {
        String customer = UUID.randomUUID().toString();
        String order = UUID.randomUUID().toString();
        topUp(customer, 5000);

        assertThat(handle("AuthorizePayment", authorizePayment(order, customer, 2000))).isTrue();
        assertThat(handle("AuthorizePayment", authorizePayment(order, customer, 2000))).isTrue();

        assertThat(balance(customer)).isEqualTo(3000).isEqualTo(ledgerSum(customer));
        List<String> replies = replies(order, "PaymentAuthorized");
        assertThat(replies).hasSize(2);
        assertThat(replies.stream().map(r -> json(r).getString("paymentId")).distinct()).hasSize(1);

        String declinedOrder = UUID.randomUUID().toString();
        handle("AuthorizePayment", authorizePayment(declinedOrder, customer, 999999));
        topUp(customer, 100000);
        handle("AuthorizePayment", authorizePayment(declinedOrder, customer, 999999));
        assertThat(replies(declinedOrder, "PaymentDeclined")).as("declined stays declined, and says so again").hasSize(2);
        assertThat(replies(declinedOrder, "PaymentAuthorized")).isEmpty();
        assertThat(balance(customer)).isEqualTo(103000).isEqualTo(ledgerSum(customer));
    }

    @Test
    void anAuthorizationTheWalletCannotCoverIsDeclinedWithItsReasonAndDebitsNothing() throws Exception {
        String neverToppedUp = UUID.randomUUID().toString();
        String poor = UUID.randomUUID().toString();
        topUp(poor, 1200);

        String noWallet = UUID.randomUUID().toString();
        handle("AuthorizePayment", authorizePayment(noWallet, neverToppedUp, 1));
        assertDeclined(noWallet, "INSUFFICIENT_FUNDS");
        assertThat(balance(neverToppedUp)).as("opened empty on first use").isZero();

        String tooLittle = UUID.randomUUID().toString();
        handle("AuthorizePayment", authorizePayment(tooLittle, poor, 3299));
        assertDeclined(tooLittle, "INSUFFICIENT_FUNDS");
        assertThat(json(replies(tooLittle, "PaymentDeclined").getFirst()).getString("reason"))
                .isEqualTo("Wallet balance 12.00 EUR is below 32.99 EUR.");

        String dollars = UUID.randomUUID().toString();
        handle("AuthorizePayment", """
                {"orderId": "%s", "customerId": "%s", "amount": {"amount": 100, "currency": "USD"},
                 "occurredAt": "2026-11-25T09:15:30.123Z"}""".formatted(dollars, poor));
        assertDeclined(dollars, "CURRENCY_NOT_SUPPORTED");

        String huge = UUID.randomUUID().toString();
        handle("AuthorizePayment", authorizePayment(huge, poor, 1000001));
        assertDeclined(huge, "AMOUNT_LIMIT_EXCEEDED");

        assertThat(balance(poor)).isEqualTo(1200).isEqualTo(ledgerSum(poor));
        assertThat(number("SELECT COUNT(*) FROM ledger_entries WHERE customer_id IN (?, ?) AND kind = 'PAYMENT_DEBIT'",
                poor, neverToppedUp)).isZero();
    }

    @Test
    void aRefundCreditsAnAuthorizedPaymentBackOnceAndNothingElseCreatesMoney() throws Exception {
        String customer = UUID.randomUUID().toString();
        topUp(customer, 5000);
        String paid = UUID.randomUUID().toString();
        String declined = UUID.randomUUID().toString();
        handle("AuthorizePayment", authorizePayment(paid, customer, 3299));
        handle("AuthorizePayment", authorizePayment(declined, customer, 9999));
        assertThat(balance(customer)).isEqualTo(1701);

        handle("RefundPayment", refundPayment(paid, customer));
        assertThat(balance(customer)).isEqualTo(5000).isEqualTo(ledgerSum(customer));
        List<String> refunded = replies(paid, "PaymentRefunded");
        assertThat(refunded).hasSize(1);
        assertThat(EventSchemas.violations("PaymentRefunded", refunded.getFirst())).isEmpty();
        assertThat(json(refunded.getFirst()).getString("reason")).isEqualTo("Order cancelled by the customer");
        assertThat(query("SELECT CONCAT(status, ':', reason) FROM payments WHERE order_id = ?", paid))
                .containsExactly("REFUNDED:Order cancelled by the customer");

        handle("RefundPayment", refundPayment(paid, customer));   // sent again
        handle("RefundPayment", refundPayment(declined, customer)); // nothing was debited
        String neverPaid = UUID.randomUUID().toString();
        handle("RefundPayment", refundPayment(neverPaid, customer));
        String stranger = UUID.randomUUID().toString();
        handle("RefundPayment", refundPayment(UUID.randomUUID().toString(), stranger));

        assertThat(balance(customer)).isEqualTo(5000).isEqualTo(ledgerSum(customer));
        assertThat(replies(paid, "PaymentRefunded")).hasSize(1);
        assertThat(replies(declined, "PaymentRefunded")).isEmpty();
        assertThat(replies(neverPaid, "PaymentRefunded")).isEmpty();
        assertThat(number("SELECT COUNT(*) FROM payments WHERE order_id = ?", neverPaid)).isZero();
        assertThat(balance(stranger)).as("no wallet made for a refund of nothing").isEqualTo(-1);
        assertThat(query("SELECT status FROM payments WHERE order_id = ?", declined)).containsExactly("DECLINED");

        // Money is conserved: debits minus refund credits equal the authorized minus refunded payments.
        long netDebits = -number("SELECT SUM(amount) FROM ledger_entries WHERE customer_id = ? AND kind <> 'TOP_UP'", customer);
        long netPayments = number("SELECT SUM(amount) FROM payments WHERE customer_id = ? AND status = 'AUTHORIZED'", customer);
        assertThat(netDebits).isEqualTo(netPayments).isZero();
    }

    @Test
    void fiftyConcurrentAuthorizationsOfTenEurosAgainstTwoHundredAuthorizeExactlyTwentyAndNeverOverdraw() throws Exception {
        String customer = UUID.randomUUID().toString();
        topUp(customer, 20000);
        long authorizedBefore = counter("payment_authorizations_total");
        long declinedBefore = counter("payment_declines_total");

        List<String> orders = new ArrayList<>();
        List<Callable<Boolean>> commands = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String order = UUID.randomUUID().toString();
            orders.add(order);
            commands.add(() -> handle("AuthorizePayment", authorizePayment(order, customer, 1000)));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(commands.size())) {
            for (Future<Boolean> handled : pool.invokeAll(commands)) {
                assertThat(handled.get()).isTrue();
            }
        }

        assertThat(number("SELECT COUNT(*) FROM payments WHERE customer_id = ? AND status = 'AUTHORIZED'", customer))
                .isEqualTo(20);
        assertThat(number("SELECT COUNT(*) FROM payments WHERE customer_id = ? AND status = 'DECLINED'", customer))
                .isEqualTo(30);
        assertThat(balance(customer)).isZero().isEqualTo(ledgerSum(customer));
        assertThat(number("SELECT MIN(balance_after) FROM ledger_entries WHERE customer_id = ?", customer)).isZero();
        for (String order : orders) {
            assertThat(replies(order, "PaymentAuthorized").size() + replies(order, "PaymentDeclined").size())
                    .as("one reply per order").isEqualTo(1);
        }
        assertThat(counter("payment_authorizations_total") - authorizedBefore).isEqualTo(20);
        assertThat(counter("payment_declines_total") - declinedBefore).isEqualTo(30);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static void topUp(String customer, long cents) {
        bean(TopUpWallet.class).topUp(new Caller(customer, "c@example.org", Set.of(Caller.CUSTOMER)),
                new TopUpWallet.Command(cents, "EUR", UUID.randomUUID().toString()));
    }

    private static String authorizePayment(String order, String customer, long cents) {
        return """
                {"orderId": "%s", "customerId": "%s", "amount": {"amount": %d, "currency": "EUR"},
                 "occurredAt": "2026-11-25T09:15:30.123Z"}""".formatted(order, customer, cents);
    }

    private static String refundPayment(String order, String customer) {
        return """
                {"orderId": "%s", "customerId": "%s", "reason": "Order cancelled by the customer",
                 "occurredAt": "2026-11-25T09:15:30.123Z"}""".formatted(order, customer);
    }

    /** The command as the consumer gets it, handled as InboxConsumer does: claim and effect in one transaction. */
    private static boolean handle(String type, String payload) throws Exception {
        String order = json(payload).getString("orderId");
        InboundEvent event = new InboundEvent(UUID.randomUUID().toString(), type, order, payload, TOPIC, 1);
        SagaCommandsConsumer consumer = bean(SagaCommandsConsumer.class);
        return bean(InboxTransaction.class).handleOnce(SagaCommandsConsumer.CONSUMER, event, consumer::apply);
    }

    private static void send(String messageId, String type, String key, String payload) {
        TestEvents.publish(TOPIC, key, type, payload, messageId);
    }

    private static List<String> replies(String order, String type) throws Exception {
        List<String> replies = new ArrayList<>();
        for (String payload : query("SELECT payload FROM outbox WHERE type = ? AND payload LIKE ? ORDER BY created_at",
                type, "%\"orderId\":\"" + order + "\"%")) {
            assertThat(EventSchemas.violations(type, payload)).as(payload).isEmpty();
            replies.add(payload);
        }
        return replies;
    }

    private static String awaitReply(String order, String type) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        List<String> replies;
        while ((replies = replies(order, type)).isEmpty()) {
            assertThat(Instant.now()).as("%s for order %s in time", type, order).isBefore(deadline);
            Thread.sleep(100);
        }
        return replies.getFirst();
    }

    private static void assertDeclined(String order, String reasonCode) throws Exception {
        List<String> declined = replies(order, "PaymentDeclined");
        assertThat(declined).hasSize(1);
        assertThat(json(declined.getFirst()).getString("reasonCode")).isEqualTo(reasonCode);
        assertThat(query("SELECT CONCAT(status, ':', decline_reason) FROM payments WHERE order_id = ?", order))
                .containsExactly("DECLINED:" + reasonCode);
    }

    /** The sum of a counter's series on /metrics. */
    private static long counter(String name) throws Exception {
        String metrics = get("/metrics", "text/plain").body();
        Matcher series = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.E+]+)$").matcher(metrics);
        double sum = 0;
        while (series.find()) {
            sum += Double.parseDouble(series.group(2));
        }
        return Math.round(sum);
    }

    private static JsonObject json(String payload) {
        return Json.createReader(new StringReader(payload)).readObject();
    }
}
