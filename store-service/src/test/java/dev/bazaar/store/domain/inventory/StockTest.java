package dev.bazaar.store.domain.inventory;

import dev.bazaar.store.domain.product.ProductId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** available + reserved + sold is conserved by every move, none goes negative; only setAvailable changes the sum. */
class StockTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void unitsMoveFromAvailableToReservedToSoldAndBack() {
        Stock stock = Stock.initial(ProductId.random(), 10, T0);
        stock.reserve(4, T0);
        assertCounts(stock, 6, 4, 0);
        stock.confirm(3, T0);
        assertCounts(stock, 6, 1, 3);
        stock.releaseReserved(1, T0);
        assertCounts(stock, 7, 0, 3);
        stock.releaseSold(2, T0.plusSeconds(1));
        assertCounts(stock, 9, 0, 1);
        assertThat(stock.total()).isEqualTo(10);
        assertThat(stock.updatedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void noMoveTakesMoreThanIsThere() {
        Stock stock = Stock.initial(ProductId.random(), 2, T0);
        assertThat(stock.canReserve(3)).isFalse();
        assertThat(stock.canReserve(0)).isFalse();
        assertThatThrownBy(() -> stock.reserve(3, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stock.confirm(1, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stock.releaseReserved(1, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stock.releaseSold(1, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stock.reserve(0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stock.reserve(-1, T0)).isInstanceOf(IllegalArgumentException.class);
        assertCounts(stock, 2, 0, 0);
        assertThatThrownBy(() -> new Stock(ProductId.random(), -1, 0, 0, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSellersCountChangesAvailableOnlyAndIsLoggedAsAnAdjustment() {
        Stock stock = Stock.initial(ProductId.random(), 5, T0);
        stock.reserve(2, T0);
        stock.confirm(1, T0);

        StockAdjustment adjustment = stock.setAvailable(10, T0.plusSeconds(5));

        assertCounts(stock, 10, 1, 1);
        assertThat(adjustment.previous()).isEqualTo(3);
        assertThat(adjustment.current()).isEqualTo(10);
        assertThat(adjustment.delta()).isEqualTo(7);
        assertThatThrownBy(() -> stock.setAvailable(-1, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyMixOfMovesConservesTheSumAndStaysNonNegative() {
        Random random = new Random(42);
        Stock stock = Stock.initial(ProductId.random(), 50, T0);
        for (int i = 0; i < 10_000; i++) {
            int quantity = 1 + random.nextInt(5);
            try {
                switch (random.nextInt(4)) {
                    case 0 -> stock.reserve(quantity, T0);
                    case 1 -> stock.confirm(quantity, T0);
                    case 2 -> stock.releaseReserved(quantity, T0);
                    default -> stock.releaseSold(quantity, T0);
                }
            } catch (IllegalStateException refused) {
                // not enough units for this move: refused, nothing changed
            }
            assertThat(stock.total()).isEqualTo(50);
            assertThat(stock.available()).isNotNegative();
            assertThat(stock.reserved()).isNotNegative();
            assertThat(stock.sold()).isNotNegative();
        }
    }

    private static void assertCounts(Stock stock, long available, long reserved, long sold) {
        assertThat(new long[] {stock.available(), stock.reserved(), stock.sold()}).containsExactly(available, reserved, sold);
    }
}
