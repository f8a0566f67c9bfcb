package dev.bazaar.store.application;

import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import dev.bazaar.store.application.port.out.Products;
import dev.bazaar.store.application.port.out.Reservations;
import dev.bazaar.store.application.port.out.StockMetrics;
import dev.bazaar.store.application.port.out.Stocks;
import dev.bazaar.store.domain.inventory.RejectedLine;
import dev.bazaar.store.domain.inventory.Reservation;
import dev.bazaar.store.domain.inventory.ReservationLine;
import dev.bazaar.store.domain.inventory.ReservationStatus;
import dev.bazaar.store.domain.inventory.Stock;
import dev.bazaar.store.domain.inventory.StockEvents.StockConfirmed;
import dev.bazaar.store.domain.inventory.StockEvents.StockRejected;
import dev.bazaar.store.domain.inventory.StockEvents.StockReleased;
import dev.bazaar.store.domain.inventory.StockEvents.StockReserved;
import dev.bazaar.store.domain.inventory.StockEvents;
import dev.bazaar.store.domain.product.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Use cases: store-service's part of the checkout saga. ReserveStock, ConfirmReservation and
 * ReleaseStock arrive from order-service (each handled in the transaction that also records the
 * message in the inbox, so a redelivered message has no second effect); the expiry of
 * reservations is store-service's own. Every reply goes through the outbox (aggregate
 * {@code stock}, key = order id) in the transaction of its effect.
 *
 * <p>Locks: a reservation's row first, then its products' stock rows in product-id order (see
 * {@link Stocks#lock}), so no two transactions wait for each other in a cycle and no count ever
 * goes below zero, however many checkouts compete.
 *
 * <p>Idempotent per order id, whatever message carries the command:
 * <ul>
 *   <li>ReserveStock for an order that has a reservation changes nothing. While it holds stock
 *       (RESERVED, CONFIRMED) the answer is StockReserved again: order-service sends a command again
 *       when its answer is late (api/events/README.md), so the answer may have been lost. A
 *       rejected, released or expired reservation answers nothing (which lines failed is not kept);
 *       the order's saga deadline ends such an order.</li>
 *   <li>ConfirmReservation of a CONFIRMED reservation changes nothing and answers StockConfirmed
 *       again (the answer is the same); of one no longer held (RELEASED, EXPIRED, REJECTED) it
 *       answers StockRejected (RESERVATION_EXPIRED); of a RESERVED one whose expiry has come, it
 *       first expires it (StockReleased EXPIRED), then answers StockRejected.</li>
 *   <li>ReleaseStock of a reservation that holds nothing (RELEASED, EXPIRED, REJECTED) changes
 *       nothing and sends nothing, as ReleaseStock's schema says.</li>
 *   <li>A command for an order with no reservation cannot follow a ReserveStock (commands of one
 *       order come in order, on one partition), so its ReserveStock was lost to the dead-letter
 *       topic: ConfirmReservation is answered by nothing (there are no lines to reject) and the
 *       order's saga deadline cancels it; ReleaseStock records a REJECTED reservation, so that a
 *       ReserveStock replayed from dead letters later holds nothing for the cancelled order.</li>
 * </ul>
 */
@ApplicationScoped
public class StockReservations {

    private static final Logger LOG = Logger.getLogger(StockReservations.class.getName());

    /** A ReserveStock command. */
    public record Reserve(UUID orderId, String customerId, List<ReservationLine> lines, Instant expiresAt) {
    }

    private final Reservations reservations;
    private final Stocks stocks;
    private final Products products;
    private final Outbox outbox;
    private final Clock clock;
    private final StockMetrics metrics;

    @Inject
    public StockReservations(Reservations reservations, Stocks stocks, Products products, Outbox outbox, Clock clock,
                             StockMetrics metrics) {
        this.reservations = reservations;
        this.stocks = stocks;
        this.products = products;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** ReserveStock: every line or none; answers StockReserved or StockRejected. */
    @Transactional
    public Reservation reserve(Reserve command) {
        Optional<Reservation> existing = reservations.byOrderId(command.orderId());
        if (existing.isPresent()) {
            Reservation reservation = existing.get();
            LOG.info(() -> "ReserveStock again for order " + command.orderId() + ": it is " + reservation.status()
                    + " already; nothing changes");
            if (reservation.status() == ReservationStatus.RESERVED || reservation.status() == ReservationStatus.CONFIRMED) {
                reply(reservation, StockReserved.TYPE, StockReserved.of(reservation));
            }
            return reservation;
        }
        Instant now = StoreAccess.now(clock);
        List<ProductId> ids = command.lines().stream().map(ReservationLine::productId).toList();
        Map<ProductId, Stock> locked = stocks.lock(ids);
        Map<ProductId, Reservation.Offer> offers = new HashMap<>();
        for (CatalogProduct found : products.byIds(locked.keySet())) {
            ProductId id = found.product().id();
            offers.put(id, new Reservation.Offer(locked.get(id), found.product().sku().value(), found.product().isActive(),
                    found.storeOpen()));
        }
        Reservation.Attempt attempt = Reservation.reserve(command.orderId(), command.customerId(), command.lines(),
                command.expiresAt(), offers, now);
        Reservation reservation = attempt.reservation();
        reservations.add(reservation);
        if (attempt.accepted()) {
            stocks.update(locked.values());
            reply(reservation, StockReserved.TYPE, StockReserved.of(reservation));
            metrics.reserved();
        } else {
            reply(reservation, StockRejected.TYPE, StockRejected.ofReserve(reservation, attempt.rejected()));
            metrics.rejected(StockRejected.Command.ReserveStock.name(), attempt.rejected().stream()
                    .map(RejectedLine::reason).collect(Collectors.toCollection(() -> EnumSet.noneOf(RejectedLine.Reason.class))));
        }
        return reservation;
    }

    /** ConfirmReservation: reserved units become sold; answers StockConfirmed or StockRejected. */
    @Transactional
    public void confirm(UUID orderId) {
        Optional<Reservation> found = reservations.byOrderIdForUpdate(orderId);
        if (found.isEmpty()) {
            LOG.warning(() -> "ConfirmReservation for order " + orderId + ", which has no reservation: nothing is held,"
                    + " nothing to answer");
            return;
        }
        Reservation reservation = found.get();
        Instant now = StoreAccess.now(clock);
        switch (reservation.status()) {
            case RESERVED -> {
                Map<ProductId, Stock> locked = lockStocksOf(reservation);
                if (reservation.isDue(now)) {
                    expire(reservation, locked, now);
                    reply(reservation, StockRejected.TYPE, StockRejected.ofConfirm(reservation, now));
                    confirmationRejected();
                } else {
                    reservation.confirm(locked, now);
                    save(reservation, locked);
                    reply(reservation, StockConfirmed.TYPE, StockConfirmed.of(reservation, now));
                }
            }
            case CONFIRMED -> reply(reservation, StockConfirmed.TYPE, StockConfirmed.of(reservation, now));
            case RELEASED, EXPIRED, REJECTED -> {
                if (!reservation.lines().isEmpty()) {
                    reply(reservation, StockRejected.TYPE, StockRejected.ofConfirm(reservation, now));
                    confirmationRejected();
                }
            }
        }
    }

    private void confirmationRejected() {
        metrics.rejected(StockRejected.Command.ConfirmReservation.name(), EnumSet.of(RejectedLine.Reason.RESERVATION_EXPIRED));
    }

    /** ReleaseStock: reserved or sold units go back to available; answers StockReleased when any did. */
    @Transactional
    public void release(UUID orderId, String why) {
        Optional<Reservation> found = reservations.byOrderIdForUpdate(orderId);
        Instant now = StoreAccess.now(clock);
        if (found.isEmpty()) {
            LOG.warning(() -> "ReleaseStock for order " + orderId + " before any ReserveStock: nothing is held");
            reservations.add(Reservation.releasedBeforeReserved(orderId, why, now));
            return;
        }
        Reservation reservation = found.get();
        if (!reservation.status().holdsUnits()) {
            LOG.info(() -> "ReleaseStock for order " + orderId + ", which is " + reservation.status() + ": nothing is held");
            return;
        }
        Map<ProductId, Stock> locked = lockStocksOf(reservation);
        ReservationStatus previous = reservation.release(locked, why, now);
        save(reservation, locked);
        reply(reservation, StockReleased.TYPE,
                StockReleased.of(reservation, StockReleased.Reason.RELEASE_REQUESTED, previous));
    }

    /** Order ids of the reservations whose expiry has come, at most {@code limit}. */
    @Transactional
    public List<UUID> dueForExpiry(int limit) {
        return reservations.dueForExpiry(StoreAccess.now(clock), limit);
    }

    /**
     * Expires the reservation if it is still RESERVED and its expiry has come: its units go back to
     * available and StockReleased (EXPIRED) is published.
     *
     * @return whether it expired now
     */
    @Transactional
    public boolean expireIfDue(UUID orderId) {
        Optional<Reservation> found = reservations.byOrderIdForUpdate(orderId);
        Instant now = StoreAccess.now(clock);
        if (found.isEmpty() || !found.get().isDue(now)) {
            return false;
        }
        expire(found.get(), lockStocksOf(found.get()), now);
        return true;
    }

    private void expire(Reservation reservation, Map<ProductId, Stock> locked, Instant now) {
        reservation.expire(locked, now);
        save(reservation, locked);
        reply(reservation, StockReleased.TYPE,
                StockReleased.of(reservation, StockReleased.Reason.EXPIRED, ReservationStatus.RESERVED));
    }

    private Map<ProductId, Stock> lockStocksOf(Reservation reservation) {
        return stocks.lock(reservation.lines().stream().map(ReservationLine::productId).toList());
    }

    private void save(Reservation reservation, Map<ProductId, Stock> locked) {
        stocks.update(locked.values());
        reservations.update(reservation);
    }

    private void reply(Reservation reservation, String type, Object event) {
        outbox.record(OutboxEvent.of(StockEvents.AGGREGATE, reservation.orderId().toString(), type, event));
    }
}
