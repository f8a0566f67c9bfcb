package dev.bazaar.payment.domain;

import dev.bazaar.platform.error.ApplicationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void moneyAClientMovesIsMoreThanZeroInTheShopsCurrency() {
        assertThat(Money.positive(1L, "EUR", "EUR", "amount")).isEqualTo(new Money(1, "EUR"));
        assertInvalid(() -> Money.positive(0L, "EUR", "EUR", "amount"), "amount.amount");
        assertInvalid(() -> Money.positive(-100L, "EUR", "EUR", "amount"), "amount.amount");
        assertInvalid(() -> Money.positive(100L, "USD", "EUR", "amount"), "amount.currency");
        assertInvalid(() -> Money.positive(null, "", "EUR", "amount"), "amount.amount", "amount.currency");
    }

    @Test
    void arithmeticStaysInOneCurrencyAndNeverOverflowsSilently() {
        assertThat(new Money(1999, "EUR").plus(new Money(1, "EUR"))).isEqualTo(new Money(2000, "EUR"));
        assertThat(new Money(1999, "EUR").minus(new Money(2000, "EUR"))).isEqualTo(new Money(-1, "EUR"));
        assertThatThrownBy(() -> new Money(1, "EUR").plus(new Money(1, "USD"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE, "EUR").plus(new Money(1, "EUR"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Money(1, "eur")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isShownWithTwoDecimals() {
        assertThat(new Money(3299, "EUR").display()).isEqualTo("32.99 EUR");
        assertThat(new Money(5, "EUR").display()).isEqualTo("0.05 EUR");
        assertThat(new Money(-1200, "EUR").display()).isEqualTo("-12.00 EUR");
    }

    private static void assertInvalid(Runnable parse, String... fields) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(ApplicationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly(fields));
    }
}
