package dev.bazaar.order.domain.order;

import dev.bazaar.order.domain.saga.OrderEvent;
import dev.bazaar.order.domain.saga.OrderEvent.Line;
import dev.bazaar.order.domain.saga.OrderEvent.MoneyAmount;
import dev.bazaar.order.domain.saga.OrderMessage;
import dev.bazaar.order.domain.saga.SagaCommand;
import dev.bazaar.platform.error.ApplicationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A customer's order and the state of its checkout saga, the aggregate. Each reaction to a reply,
 * a cancellation or the deadline is one legal transition of {@link OrderStatus} and returns the
 * messages the transition sends (events about the order, commands to other services), which the
 * application writes to the outbox in the same transaction as the new state.
 *
 * <p>A reply that repeats one already applied (the answer to a command sent again, see
 * {@link #retryStep}) changes nothing and sends nothing. Replies for an order that has already
 * ended are not errors either (a customer may cancel while a reply is under way): the application
 * checks {@link #isEnded()} first. Any other reply that does not fit the current status is an
 * illegal transition and throws.
 */
public final class Order {

    public static final int MAX_LINES = 50;

    private final OrderId id;
    private final String customerId;
    private final IdempotencyKey idempotencyKey;
    private final String requestFingerprint;
    private final List<OrderLine> lines;
    private final Money total;
    private OrderStatus status;
    private OrderReason reasonCode;
    private String reason;
    private boolean paymentRequested;
    private String paymentId;
    private final Instant reservationExpiresAt;
    private int stepAttempts;
    private Instant stepDeadlineAt;
    private final Instant deadlineAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private final SagaDeadlines deadlines;

    /** Where the saga stands: the current step's sends and the times it acts on its own. */
    public record Progress(boolean paymentRequested, String paymentId, Instant reservationExpiresAt, int stepAttempts,
                           Instant stepDeadlineAt, Instant deadlineAt) {
    }

    public Order(OrderId id, String customerId, IdempotencyKey idempotencyKey, String requestFingerprint,
                 List<OrderLine> lines, OrderStatus status, OrderReason reasonCode, String reason, Progress progress,
                 Instant createdAt, Instant updatedAt, SagaDeadlines deadlines) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.requestFingerprint = Objects.requireNonNull(requestFingerprint, "requestFingerprint");
        this.lines = List.copyOf(lines);
        this.total = totalOf(this.lines);
        this.status = Objects.requireNonNull(status, "status");
        this.reasonCode = reasonCode;
        this.reason = reason;
        this.paymentRequested = progress.paymentRequested();
        this.paymentId = progress.paymentId();
        this.reservationExpiresAt = Objects.requireNonNull(progress.reservationExpiresAt(), "reservationExpiresAt");
        this.stepAttempts = progress.stepAttempts();
        this.stepDeadlineAt = Objects.requireNonNull(progress.stepDeadlineAt(), "stepDeadlineAt");
        this.deadlineAt = Objects.requireNonNull(progress.deadlineAt(), "deadlineAt");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    /** A new order and what placing it sends: OrderPlaced and ReserveStock. */
    public record Placement(Order order, List<OrderMessage> messages) {
    }

    /**
     * Places an order, PENDING, and asks store-service to reserve its stock until
     * {@code now + reservationHold}.
     *
     * @throws IllegalArgumentException when the lines break the order's invariants (none, too many,
     *                                  a product twice, mixed currencies); the application checks
     *                                  the request first and answers the client precisely
     */
    public static Placement place(String customerId, IdempotencyKey key, String requestFingerprint,
                                  List<OrderLine> lines, SagaDeadlines deadlines, Instant now) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("an order has 1 to " + MAX_LINES + " lines");
        }
        if (lines.stream().map(OrderLine::productId).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("each product at most once per order");
        }
        Order order = new Order(OrderId.random(), customerId, key, requestFingerprint, lines, OrderStatus.PENDING,
                null, null, new Progress(false, null, now.plus(deadlines.reservationHold()), 1,
                now.plus(deadlines.step()), now.plus(deadlines.checkout())), now, now, deadlines);
        List<OrderMessage> messages = List.of(
                new OrderEvent.OrderPlaced(order.id.toString(), customerId, order.eventLines(), amount(order.total), now),
                order.reserveStock(now));
        return new Placement(order, messages);
    }

    /**
     * The current step got no reply within its time: its command again. Participants answer a
     * repeat as they answered the first (all of them are idempotent per order), and a second
     * answer to one step changes nothing here.
     */
    public List<OrderMessage> retryStep(Instant now) {
        SagaCommand command = switch (status) {
            case PENDING -> reserveStock(now);
            case STOCK_RESERVED -> authorizePayment(now);
            case PAYMENT_AUTHORIZED -> new SagaCommand.ConfirmReservation(id.toString(), now);
            case APPROVED, REJECTED, CANCELLED -> throw illegal("an order in " + status + " has no step to retry");
        };
        stepAttempts++;
        stepDeadlineAt = now.plus(deadlines.step());
        return List.of(command);
    }

    /** Whether the saga must act on its own now: the checkout's deadline passed. */
    public boolean isOverdue(Instant now) {
        return !isEnded() && !deadlineAt.isAfter(now);
    }

    /** Whether the current step waited long enough for its reply. */
    public boolean isStepOverdue(Instant now) {
        return !isEnded() && !stepDeadlineAt.isAfter(now);
    }

    private SagaCommand reserveStock(Instant now) {
        return new SagaCommand.ReserveStock(id.toString(), customerId, lines.stream()
                .map(line -> new SagaCommand.StockLine(line.productId(), line.quantity())).toList(),
                reservationExpiresAt, now);
    }

    private SagaCommand authorizePayment(Instant now) {
        return new SagaCommand.AuthorizePayment(id.toString(), customerId, amount(total), now);
    }

    /** store-service holds every line: ask payment-service to take the money. */
    public List<OrderMessage> stockReserved(Instant now) {
        if (status == OrderStatus.STOCK_RESERVED || status == OrderStatus.PAYMENT_AUTHORIZED) {
            return List.of(); // the answer to a repeated ReserveStock: applied already
        }
        var messages = moveTo(OrderStatus.STOCK_RESERVED, null, null, now);
        paymentRequested = true;
        messages.add(authorizePayment(now));
        return messages;
    }

    /**
     * store-service could not reserve (PENDING: out of stock, product unavailable) or could no
     * longer confirm (PAYMENT_AUTHORIZED: the reservation expired, so the payment is refunded).
     */
    public List<OrderMessage> stockRejected(OrderReason why, String text, Instant now) {
        OrderStatus previous = status;
        var messages = moveTo(OrderStatus.REJECTED, why, text, now);
        messages.add(new OrderEvent.OrderRejected(id.toString(), customerId, previous.name(), text, why.name(), now));
        if (paymentRequested) {
            messages.add(new SagaCommand.RefundPayment(id.toString(), customerId, text, now));
        }
        return messages;
    }

    /** The wallet paid: ask store-service to turn the reservation into a sale. */
    public List<OrderMessage> paymentAuthorized(String newPaymentId, Instant now) {
        if (status == OrderStatus.PAYMENT_AUTHORIZED && Objects.equals(paymentId, newPaymentId)) {
            return List.of(); // the answer to a repeated AuthorizePayment: applied already
        }
        var messages = moveTo(OrderStatus.PAYMENT_AUTHORIZED, null, null, now);
        paymentId = Objects.requireNonNull(newPaymentId, "paymentId");
        messages.add(new SagaCommand.ConfirmReservation(id.toString(), now));
        return messages;
    }

    /** The wallet could not pay: cancel and give the stock back. */
    public List<OrderMessage> paymentDeclined(String declineReason, Instant now) {
        // Nothing was taken, so there is nothing to refund.
        return end(OrderStatus.CANCELLED, OrderReason.PAYMENT_DECLINED, "Payment declined: " + declineReason, false, now);
    }

    /** The sale is final. */
    public List<OrderMessage> stockConfirmed(Instant now) {
        var messages = moveTo(OrderStatus.APPROVED, null, null, now);
        messages.add(new OrderEvent.OrderApproved(id.toString(), customerId, paymentId, eventLines(), amount(total), now));
        return messages;
    }

    /**
     * store-service let the reservation expire. Before the payment is authorized it ends the order
     * (and refunds a payment that may be under way); after, the answer to ConfirmReservation
     * decides, so nothing changes here.
     */
    public List<OrderMessage> reservationExpired(Instant now) {
        if (status == OrderStatus.PAYMENT_AUTHORIZED) {
            return List.of();
        }
        if (status != OrderStatus.STOCK_RESERVED) {
            throw illegal("the reservation of an order in " + status + " cannot expire");
        }
        return end(OrderStatus.CANCELLED, OrderReason.RESERVATION_EXPIRED, "The stock reservation expired",
                paymentRequested, now);
    }

    /**
     * The customer or an admin cancels an order that is not finished yet.
     *
     * @throws ApplicationException FAILED_PRECONDITION (illegal-transition) once it has ended
     */
    public List<OrderMessage> cancel(boolean byAdmin, String text, Instant now) {
        OrderReason why = byAdmin ? OrderReason.CANCELLED_BY_ADMIN : OrderReason.CANCELLED_BY_CUSTOMER;
        String standard = byAdmin ? "Cancelled by an admin" : "Cancelled by the customer";
        return end(OrderStatus.CANCELLED, why, text == null || text.isBlank() ? standard : standard + ": " + text,
                paymentRequested, now);
    }

    /** The saga did not finish in time. */
    public List<OrderMessage> timeOut(Instant now) {
        return end(OrderStatus.CANCELLED, OrderReason.TIMED_OUT, "Checkout did not finish in time", paymentRequested,
                now);
    }

    /**
     * Cancelled: release the stock, and refund when a payment may have been taken (asked for, and
     * not known to be declined).
     */
    private List<OrderMessage> end(OrderStatus terminal, OrderReason why, String text, boolean refund, Instant now) {
        OrderStatus previous = status;
        var messages = moveTo(terminal, why, text, now);
        messages.add(new OrderEvent.OrderCancelled(id.toString(), customerId, previous.name(), text, why.name(), now));
        // Commands about one order are delivered in order, so these reach their services after the
        // ReserveStock and AuthorizePayment they undo; a release of nothing is answered, not failed.
        messages.add(new SagaCommand.ReleaseStock(id.toString(), text, now));
        if (refund) {
            messages.add(new SagaCommand.RefundPayment(id.toString(), customerId, text, now));
        }
        return messages;
    }

    private List<OrderMessage> moveTo(OrderStatus next, OrderReason why, String text, Instant now) {
        if (!status.canBecome(next)) {
            throw illegal("an order in " + status + " cannot become " + next);
        }
        OrderStatus previous = status;
        status = next;
        reasonCode = why;
        reason = text;
        updatedAt = now;
        stepAttempts = 1;
        stepDeadlineAt = now.plus(deadlines.step());
        var messages = new ArrayList<OrderMessage>();
        messages.add(new OrderEvent.OrderStatusChanged(id.toString(), customerId, previous.name(), next.name(), text,
                why == null ? null : why.name(), now));
        return messages;
    }

    private static ApplicationException illegal(String message) {
        return ApplicationException.conflict("illegal-transition", message);
    }

    public boolean isEnded() {
        return status.isTerminal();
    }

    public boolean isPlacedBy(String userId) {
        return customerId.equals(userId);
    }

    /** Whether this order answers a repeat of the request with this fingerprint. */
    public boolean wasPlacedWith(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    private List<Line> eventLines() {
        return lines.stream().map(line -> new Line(line.productId(), line.storeId(), line.sku(), line.productName(),
                line.quantity(), amount(line.unitPrice()), amount(line.lineTotal()))).toList();
    }

    private static MoneyAmount amount(Money money) {
        return new MoneyAmount(money.amount(), money.currency());
    }

    private static Money totalOf(List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        var currencies = new HashSet<String>();
        lines.forEach(line -> currencies.add(line.unitPrice().currency()));
        if (currencies.size() != 1) {
            throw new IllegalArgumentException("an order's prices share one currency, got " + currencies);
        }
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    }

    public OrderId id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public IdempotencyKey idempotencyKey() {
        return idempotencyKey;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Money total() {
        return total;
    }

    public OrderStatus status() {
        return status;
    }

    /** Null unless REJECTED or CANCELLED. */
    public OrderReason reasonCode() {
        return reasonCode;
    }

    /** Null unless REJECTED or CANCELLED. */
    public String reason() {
        return reason;
    }

    public Progress progress() {
        return new Progress(paymentRequested, paymentId, reservationExpiresAt, stepAttempts, stepDeadlineAt, deadlineAt);
    }

    /** Null until the payment is authorized. */
    public String paymentId() {
        return paymentId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
