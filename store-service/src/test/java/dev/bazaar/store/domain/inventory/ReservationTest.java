package dev.bazaar.store.domain.inventory;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.store.domain.product.ProductId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** All lines or none, and every change of status a legal step of the state machine. */
class ReservationTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant EXPIRES = T0.plusSeconds(900);
    private static final String CUSTOMER = "5b0c3a43-6f0e-4d7a-9a51-8f2e7c1d9b10";

    private final ProductId mug = ProductId.random();
    private final ProductId tea = ProductId.random();
    private final Map<ProductId, Stock> stocks = new HashMap<>(Map.of(
            mug, Stock.initial(mug, 5, T0),
            tea, Stock.initial(tea, 1, T0)));

    @Test
    void everyLineIsReservedWhenEveryLineCanBe() {
        Reservation.Attempt attempt = reserve(List.of(new ReservationLine(mug, 2), new ReservationLine(tea, 1)), offers(true, true));

        assertThat(attempt.accepted()).isTrue();
        assertThat(attempt.reservation().status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(attempt.reservation().expiresAt()).isEqualTo(EXPIRES);
        assertCounts(mug, 3, 2, 0);
        assertCounts(tea, 0, 1, 0);
    }

    @Test
    void oneLineThatCannotBeReservedRejectsAllAndHoldsNothing() {
        Reservation.Attempt attempt = reserve(List.of(new ReservationLine(mug, 2), new ReservationLine(tea, 2)), offers(true, true));

        assertThat(attempt.accepted()).isFalse();
        assertThat(attempt.reservation().status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(attempt.rejected()).containsExactly(
                new RejectedLine(tea.toString(), 2, 1, RejectedLine.Reason.OUT_OF_STOCK));
        assertThat(attempt.reservation().reason()).isEqualTo("Not enough stock for SKU-" + tea);
        assertCounts(mug, 5, 0, 0);
        assertCounts(tea, 1, 0, 0);
    }

    @Test
    void eachFailingLineSaysWhy() {
        ProductId ghost = ProductId.random();
        Map<ProductId, Reservation.Offer> offers = new HashMap<>();
        offers.put(mug, new Reservation.Offer(stocks.get(mug), "MUG", true, false));
        offers.put(tea, new Reservation.Offer(stocks.get(tea), "TEA", false, true));

        var attempt = reserve(List.of(new ReservationLine(mug, 1), new ReservationLine(tea, 1), new ReservationLine(ghost, 3)),
                offers);

        assertThat(attempt.rejected()).extracting(RejectedLine::reason).containsExactly(
                RejectedLine.Reason.STORE_CLOSED, RejectedLine.Reason.PRODUCT_INACTIVE, RejectedLine.Reason.PRODUCT_NOT_FOUND);
        assertThat(attempt.rejected().get(2)).isEqualTo(new RejectedLine(ghost.toString(), 3, 0, RejectedLine.Reason.PRODUCT_NOT_FOUND));
        assertThat(attempt.reservation().reason()).contains("MUG", "TEA", ghost.toString());
        assertCounts(mug, 5, 0, 0);
    }

    @Test
    void confirmingSellsTheReservedUnits() {
        Reservation reservation = reserve(List.of(new ReservationLine(mug, 2)), offers(true, true)).reservation();

        reservation.confirm(stocks, T0.plusSeconds(60));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(reservation.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertCounts(mug, 3, 0, 2);
    }

    @Test
    void releasingGivesReservedOrSoldUnitsBack() {
        Reservation held = reserve(List.of(new ReservationLine(mug, 2)), offers(true, true)).reservation();
        assertThat(held.release(stocks, "cancelled", T0)).isEqualTo(ReservationStatus.RESERVED);
        assertThat(held.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(held.reason()).isEqualTo("cancelled");
        assertCounts(mug, 5, 0, 0);

        Reservation sold = reserve(List.of(new ReservationLine(mug, 2)), offers(true, true)).reservation();
        sold.confirm(stocks, T0);
        assertThat(sold.release(stocks, "refunded", T0)).isEqualTo(ReservationStatus.CONFIRMED);
        assertCounts(mug, 5, 0, 0);
    }

    @Test
    void expiryComesAtExpiresAtAndGivesTheUnitsBack() {
        Reservation reservation = reserve(List.of(new ReservationLine(mug, 4)), offers(true, true)).reservation();
        assertThat(reservation.isDue(EXPIRES.minusMillis(1))).isFalse();
        assertThat(reservation.isDue(EXPIRES)).isTrue();

        reservation.expire(stocks, EXPIRES);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(reservation.isDue(EXPIRES.plusSeconds(1))).as("only a RESERVED one is due").isFalse();
        assertCounts(mug, 5, 0, 0);
    }

    @Test
    void theStateMachineIsExactlyTheDocumentedOne() {
        assertThat(ReservationStatus.RESERVED.next()).containsExactlyInAnyOrder(
                ReservationStatus.CONFIRMED, ReservationStatus.RELEASED, ReservationStatus.EXPIRED);
        assertThat(ReservationStatus.CONFIRMED.next()).containsExactly(ReservationStatus.RELEASED);
        for (ReservationStatus last : EnumSet.of(ReservationStatus.RELEASED, ReservationStatus.EXPIRED, ReservationStatus.REJECTED)) {
            assertThat(last.next()).as(last + " is final").isEmpty();
        }
    }

    @Test
    void anIllegalStepIsAConflictAndMovesNoUnit() {
        for (ReservationStatus from : EnumSet.of(ReservationStatus.CONFIRMED, ReservationStatus.RELEASED,
                ReservationStatus.EXPIRED, ReservationStatus.REJECTED)) {
            illegalStepsFrom(from);
        }
    }

    private void illegalStepsFrom(ReservationStatus from) {
        Reservation reservation = reservationIn(from);
        Stock before = copy(stocks.get(mug));

        if (!from.canBecome(ReservationStatus.CONFIRMED)) {
            assertIllegal(() -> reservation.confirm(stocks, T0));
        }
        if (!from.canBecome(ReservationStatus.EXPIRED)) {
            assertIllegal(() -> reservation.expire(stocks, T0));
        }
        if (!from.canBecome(ReservationStatus.RELEASED)) {
            assertIllegal(() -> reservation.release(stocks, "again", T0));
        }
        assertThat(reservation.status()).isEqualTo(from);
        assertCounts(mug, before.available(), before.reserved(), before.sold());
    }

    @Test
    void aReleaseBeforeAnyReserveRecordsARejectionThatHoldsNothing() {
        Reservation tombstone = Reservation.releasedBeforeReserved(UUID.randomUUID(), "cancelled", T0);

        assertThat(tombstone.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(tombstone.lines()).isEmpty();
        assertThat(tombstone.reason()).contains("before any ReserveStock", "cancelled");
        assertIllegal(() -> tombstone.release(stocks, "again", T0));
    }

    @Test
    void aProductAppearsOnceInAReservation() {
        assertThatThrownBy(() -> reserve(List.of(new ReservationLine(mug, 1), new ReservationLine(mug, 1)), offers(true, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReservationLine(mug, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    private Reservation reservationIn(ReservationStatus status) {
        if (status == ReservationStatus.REJECTED) {
            return reserve(List.of(new ReservationLine(mug, 99)), offers(true, true)).reservation();
        }
        Reservation reservation = reserve(List.of(new ReservationLine(mug, 1)), offers(true, true)).reservation();
        switch (status) {
            case CONFIRMED -> reservation.confirm(stocks, T0);
            case RELEASED -> reservation.release(stocks, "cancelled", T0);
            case EXPIRED -> reservation.expire(stocks, EXPIRES);
            default -> {
            }
        }
        return reservation;
    }

    private Reservation.Attempt reserve(List<ReservationLine> lines, Map<ProductId, Reservation.Offer> offers) {
        return Reservation.reserve(UUID.randomUUID(), CUSTOMER, lines, EXPIRES, offers, T0);
    }

    private Map<ProductId, Reservation.Offer> offers(boolean active, boolean storeOpen) {
        Map<ProductId, Reservation.Offer> offers = new HashMap<>();
        stocks.forEach((id, stock) -> offers.put(id, new Reservation.Offer(stock, "SKU-" + id, active, storeOpen)));
        return offers;
    }

    private void assertCounts(ProductId id, long available, long reserved, long sold) {
        Stock stock = stocks.get(id);
        assertThat(new long[] {stock.available(), stock.reserved(), stock.sold()}).as("stock of " + id)
                .containsExactly(available, reserved, sold);
    }

    private static Stock copy(Stock stock) {
        return new Stock(stock.productId(), stock.available(), stock.reserved(), stock.sold(), stock.updatedAt());
    }

    private static void assertIllegal(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ApplicationException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.code()).isEqualTo("illegal-transition");
        });
    }
}
