package dev.bazaar.order.domain.order;

import dev.bazaar.order.domain.saga.OrderEvent;
import dev.bazaar.order.domain.saga.OrderMessage;
import dev.bazaar.order.domain.saga.SagaCommand;
import dev.bazaar.platform.error.ApplicationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checkout saga as the order lives it: each reply is one legal step and sends what comes next. */
class OrderTest {

    private static final Instant PLACED = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant LATER = PLACED.plusSeconds(5);
    private static final SagaDeadlines DEADLINES = new SagaDeadlines(Duration.ofSeconds(20), Duration.ofMinutes(5),
            Duration.ofMinutes(15));
    private static final OrderLine MUGS = new OrderLine("p-mug", "s-1", "MUG-BLUE", "Enamel mug", 2, new Money(1250, "EUR"));
    private static final OrderLine TEA = new OrderLine("p-tea", "s-1", "TEA-100G", "Earl Grey", 1, new Money(799, "EUR"));

    private static Order.Placement place() {
        return Order.place("customer-1", new IdempotencyKey("k-1"), "fingerprint", List.of(MUGS, TEA), DEADLINES, PLACED);
    }

    private static List<String> types(List<OrderMessage> messages) {
        return messages.stream().map(message -> message.getClass().getSimpleName()).toList();
    }

    @Nested
    class Placing {

        @Test
        void anOrderStartsPendingWithItsTotalAndAsksForTheStock() {
            Order.Placement placement = place();
            Order order = placement.order();

            assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.total()).isEqualTo(new Money(3299, "EUR"));
            assertThat(order.progress().deadlineAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(5)));
            assertThat(order.progress().stepDeadlineAt()).isEqualTo(PLACED.plus(Duration.ofSeconds(20)));
            assertThat(types(placement.messages())).containsExactly("OrderPlaced", "ReserveStock");
            var reserve = (SagaCommand.ReserveStock) placement.messages().get(1);
            assertThat(reserve.lines()).containsExactly(new SagaCommand.StockLine("p-mug", 2),
                    new SagaCommand.StockLine("p-tea", 1));
            assertThat(reserve.expiresAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(15)));
        }

        @Test
        void anOrderHasOneToFiftyLinesEachProductOnce() {
            assertThatThrownBy(() -> Order.place("c", new IdempotencyKey("k"), "f", List.of(), DEADLINES, PLACED))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Order.place("c", new IdempotencyKey("k"), "f", List.of(MUGS, MUGS), DEADLINES, PLACED))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void pricesInTwoCurrenciesDoNotMakeAnOrder() {
            var dollars = new OrderLine("p-usd", "s-2", "X", "X", 1, new Money(100, "USD"));
            assertThatThrownBy(() -> Order.place("c", new IdempotencyKey("k"), "f", List.of(MUGS, dollars), DEADLINES,
                    PLACED)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theReservationIsHeldLongerThanTheCheckoutMayTake() {
            assertThatThrownBy(() -> new SagaDeadlines(Duration.ofSeconds(20), Duration.ofMinutes(15), Duration.ofMinutes(5)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SagaDeadlines(Duration.ofMinutes(6), Duration.ofMinutes(5), Duration.ofMinutes(15)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class TheHappyPath {

        @Test
        void reservedThenPaidThenConfirmedIsApproved() {
            Order order = place().order();

            assertThat(types(order.stockReserved(LATER))).containsExactly("OrderStatusChanged", "AuthorizePayment");
            assertThat(order.status()).isEqualTo(OrderStatus.STOCK_RESERVED);

            assertThat(types(order.paymentAuthorized("pay-1", LATER))).containsExactly("OrderStatusChanged", "ConfirmReservation");
            assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_AUTHORIZED);

            List<OrderMessage> approved = order.stockConfirmed(LATER);
            assertThat(types(approved)).containsExactly("OrderStatusChanged", "OrderApproved");
            assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
            assertThat(order.isEnded()).isTrue();
            assertThat(((OrderEvent.OrderApproved) approved.get(1)).paymentId()).isEqualTo("pay-1");
            assertThat(((OrderEvent.OrderApproved) approved.get(1)).total()).isEqualTo(new OrderEvent.MoneyAmount(3299, "EUR"));
        }

        @Test
        void theAmountToPayIsTheOrderTotal() {
            Order order = place().order();
            var authorize = (SagaCommand.AuthorizePayment) order.stockReserved(LATER).get(1);

            assertThat(authorize.amount()).isEqualTo(new OrderEvent.MoneyAmount(3299, "EUR"));
            assertThat(authorize.customerId()).isEqualTo("customer-1");
        }

        @Test
        void everyStepSaysWhereTheOrderCameFromAndWentTo() {
            Order order = place().order();
            var change = (OrderEvent.OrderStatusChanged) order.stockReserved(LATER).getFirst();

            assertThat(change.fromStatus()).isEqualTo("PENDING");
            assertThat(change.toStatus()).isEqualTo("STOCK_RESERVED");
            assertThat(change.occurredAt()).isEqualTo(LATER);
        }
    }

    @Nested
    class WhenSomethingFails {

        @Test
        void noStockRejectsThePendingOrderWithNothingToUndo() {
            Order order = place().order();

            List<OrderMessage> sent = order.stockRejected(OrderReason.OUT_OF_STOCK, "Not enough stock for MUG-BLUE", LATER);

            assertThat(types(sent)).containsExactly("OrderStatusChanged", "OrderRejected");
            assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
            assertThat(order.reasonCode()).isEqualTo(OrderReason.OUT_OF_STOCK);
            assertThat(order.reason()).isEqualTo("Not enough stock for MUG-BLUE");
        }

        @Test
        void aDeclinedPaymentCancelsTheOrderAndReleasesTheStock() {
            Order order = place().order();
            order.stockReserved(LATER);

            List<OrderMessage> sent = order.paymentDeclined("Wallet balance 12.00 EUR is below 32.99 EUR", LATER);

            assertThat(types(sent)).containsExactly("OrderStatusChanged", "OrderCancelled", "ReleaseStock");
            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.reasonCode()).isEqualTo(OrderReason.PAYMENT_DECLINED);
        }

        @Test
        void aReservationThatExpiredBeforeConfirmationRejectsThePaidOrderAndRefundsIt() {
            Order order = place().order();
            order.stockReserved(LATER);
            order.paymentAuthorized("pay-1", LATER);

            List<OrderMessage> sent = order.stockRejected(OrderReason.RESERVATION_EXPIRED, "Reservation expired", LATER);

            assertThat(types(sent)).containsExactly("OrderStatusChanged", "OrderRejected", "RefundPayment");
            assertThat(((OrderEvent.OrderRejected) sent.get(1)).previousStatus()).isEqualTo("PAYMENT_AUTHORIZED");
        }

        @Test
        void anExpiredReservationBeforePaymentCancelsTheOrderAndRefundsWhatMayHaveBeenTaken() {
            Order order = place().order();
            order.stockReserved(LATER);

            List<OrderMessage> sent = order.reservationExpired(LATER);

            assertThat(types(sent)).containsExactly("OrderStatusChanged", "OrderCancelled", "ReleaseStock", "RefundPayment");
            assertThat(order.reasonCode()).isEqualTo(OrderReason.RESERVATION_EXPIRED);
        }

        @Test
        void anExpiredReservationAfterPaymentChangesNothingTheConfirmationDecides() {
            Order order = place().order();
            order.stockReserved(LATER);
            order.paymentAuthorized("pay-1", LATER);

            assertThat(order.reservationExpired(LATER)).isEmpty();
            assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_AUTHORIZED);
        }

        @Test
        void aCheckoutPastItsDeadlineIsCancelledAndUndone() {
            Order order = place().order();
            order.stockReserved(LATER);
            order.paymentAuthorized("pay-1", LATER);

            List<OrderMessage> sent = order.timeOut(LATER);

            assertThat(types(sent)).containsExactly("OrderStatusChanged", "OrderCancelled", "ReleaseStock", "RefundPayment");
            assertThat(order.reasonCode()).isEqualTo(OrderReason.TIMED_OUT);
        }
    }

    @Nested
    class WhenRepliesAreLate {

        @Test
        void aStepWithoutReplySendsItsCommandAgainWithTheSameHold() {
            Order.Placement placement = place();
            Order order = placement.order();
            Instant stepLate = PLACED.plus(Duration.ofSeconds(20));
            assertThat(order.isStepOverdue(stepLate.minusMillis(1))).isFalse();
            assertThat(order.isStepOverdue(stepLate)).isTrue();

            List<OrderMessage> resent = order.retryStep(stepLate);

            assertThat(resent).singleElement().isInstanceOfSatisfying(SagaCommand.ReserveStock.class, reserve ->
                    assertThat(reserve.expiresAt()).isEqualTo(((SagaCommand.ReserveStock) placement.messages().get(1)).expiresAt()));
            assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.progress().stepAttempts()).isEqualTo(2);
            assertThat(order.isStepOverdue(stepLate.plusSeconds(19))).isFalse();
        }

        @Test
        void eachStepRetriesItsOwnCommand() {
            Order order = place().order();
            order.stockReserved(LATER);
            assertThat(types(order.retryStep(LATER))).containsExactly("AuthorizePayment");
            order.paymentAuthorized("pay-1", LATER);
            assertThat(types(order.retryStep(LATER))).containsExactly("ConfirmReservation");
        }

        @Test
        void theAnswerToARepeatedCommandChangesNothing() {
            Order order = place().order();
            order.stockReserved(LATER);

            assertThat(order.stockReserved(LATER)).isEmpty();
            order.paymentAuthorized("pay-1", LATER);
            assertThat(order.stockReserved(LATER)).isEmpty();
            assertThat(order.paymentAuthorized("pay-1", LATER)).isEmpty();
            assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_AUTHORIZED);
        }

        @Test
        void aSecondPaymentForOneOrderIsAnError() {
            Order order = place().order();
            order.stockReserved(LATER);
            order.paymentAuthorized("pay-1", LATER);

            assertThatThrownBy(() -> order.paymentAuthorized("pay-2", LATER)).isInstanceOf(ApplicationException.class);
        }

        @Test
        void pastTheDeadlineTheCheckoutIsOverdue() {
            Order order = place().order();

            assertThat(order.isOverdue(PLACED.plus(Duration.ofMinutes(5)).minusMillis(1))).isFalse();
            assertThat(order.isOverdue(PLACED.plus(Duration.ofMinutes(5)))).isTrue();
            order.timeOut(PLACED.plus(Duration.ofMinutes(5)));
            assertThat(order.isOverdue(PLACED.plus(Duration.ofMinutes(6)))).isFalse();
            assertThatThrownBy(() -> order.retryStep(LATER)).isInstanceOf(ApplicationException.class);
        }
    }

    @Nested
    class Cancelling {

        @Test
        void theCustomerCancelsAPendingOrderOnlyStockIsReleased() {
            Order order = place().order();

            List<OrderMessage> sent = order.cancel(false, "ordered the wrong colour", LATER);

            assertThat(types(sent)).containsExactly("OrderStatusChanged", "OrderCancelled", "ReleaseStock");
            assertThat(order.reasonCode()).isEqualTo(OrderReason.CANCELLED_BY_CUSTOMER);
            assertThat(order.reason()).isEqualTo("Cancelled by the customer: ordered the wrong colour");
        }

        @Test
        void anAdminCancelsAPaidOrderStockIsReleasedAndThePaymentRefunded() {
            Order order = place().order();
            order.stockReserved(LATER);
            order.paymentAuthorized("pay-1", LATER);

            List<OrderMessage> sent = order.cancel(true, null, LATER);

            assertThat(types(sent)).containsExactly("OrderStatusChanged", "OrderCancelled", "ReleaseStock", "RefundPayment");
            assertThat(order.reasonCode()).isEqualTo(OrderReason.CANCELLED_BY_ADMIN);
            assertThat(order.reason()).isEqualTo("Cancelled by an admin");
        }

        @Test
        void anEndedOrderCannotBeCancelled() {
            Order order = place().order();
            order.stockRejected(OrderReason.OUT_OF_STOCK, "none left", LATER);

            assertThatThrownBy(() -> order.cancel(false, null, LATER))
                    .isInstanceOfSatisfying(ApplicationException.class,
                            e -> assertThat(e.code()).isEqualTo("illegal-transition"));
            assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        }
    }

    @Nested
    class IllegalTransitions {

        @Test
        void paymentCannotBeAuthorizedBeforeTheStockIsReserved() {
            Order order = place().order();

            assertThatThrownBy(() -> order.paymentAuthorized("pay-1", LATER)).isInstanceOf(ApplicationException.class);
            assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        }

        @Test
        void stockCannotBeConfirmedBeforePayment() {
            Order order = place().order();
            order.stockReserved(LATER);

            assertThatThrownBy(() -> order.stockConfirmed(LATER)).isInstanceOf(ApplicationException.class);
            assertThat(order.status()).isEqualTo(OrderStatus.STOCK_RESERVED);
        }

        @Test
        void aReservedOrderCannotBeRejectedForStock() {
            Order order = place().order();
            order.stockReserved(LATER);

            assertThatThrownBy(() -> order.stockRejected(OrderReason.OUT_OF_STOCK, "x", LATER))
                    .isInstanceOf(ApplicationException.class);
        }

        @Test
        void terminalStatusesHaveNoWayOut() {
            for (OrderStatus terminal : List.of(OrderStatus.APPROVED, OrderStatus.REJECTED, OrderStatus.CANCELLED)) {
                assertThat(terminal.isTerminal()).isTrue();
                for (OrderStatus next : OrderStatus.values()) {
                    assertThat(terminal.canBecome(next)).as(terminal + " -> " + next).isFalse();
                }
            }
        }
    }
}
