package dev.bazaar.payment.domain;

import dev.bazaar.payment.domain.payment.DeclineReason;
import dev.bazaar.payment.domain.payment.Payment;
import dev.bazaar.payment.domain.payment.PaymentStatus;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A payment's lifecycle: AUTHORIZED -> REFUNDED; DECLINED and REFUNDED are final. */
class PaymentTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final String ORDER = "3f6c9a2e-8b1d-4c7e-a5f0-2d9e8c7b6a51";
    private static final String CUSTOMER = "5b0c3a43-6f0e-4d7a-9a51-8f2e7c1d9b10";
    private static final Money TOTAL = new Money(3299, "EUR");

    @Test
    void theLegalTransitionsAreExactlyAuthorizedToRefunded() {
        assertThat(PaymentStatus.AUTHORIZED.next()).containsExactly(PaymentStatus.REFUNDED);
        assertThat(PaymentStatus.DECLINED.next()).isEmpty();
        assertThat(PaymentStatus.REFUNDED.next()).isEmpty();
    }

    @Test
    void anAuthorizedPaymentIsRefundedOnceWithItsReason() {
        Payment payment = Payment.authorized(ORDER, CUSTOMER, TOTAL, T0);
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(payment.reason()).isEmpty();
        assertThat(payment.belongsTo(CUSTOMER)).isTrue();

        payment.refund("Order cancelled by the customer", T0.plusSeconds(5));

        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.reason()).isEqualTo("Order cancelled by the customer");
        assertThat(payment.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(payment.createdAt()).isEqualTo(T0);

        assertIllegalTransition(() -> payment.refund("again", T0.plusSeconds(6)));
        assertThat(payment.reason()).isEqualTo("Order cancelled by the customer");
        assertThat(payment.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aDeclinedPaymentKeepsWhyAndCanNeverBeRefunded() {
        Payment payment = Payment.declined(ORDER, CUSTOMER, TOTAL, DeclineReason.INSUFFICIENT_FUNDS,
                "Wallet balance 12.00 EUR is below 32.99 EUR.", T0);
        assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(payment.declineReason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS);

        assertIllegalTransition(() -> payment.refund("cancelled", T0.plusSeconds(1)));
        assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
    }

    @Test
    void onlyADeclinedPaymentHasADeclineReason() {
        assertThatThrownBy(() -> new Payment("id", ORDER, CUSTOMER, TOTAL, PaymentStatus.AUTHORIZED, "",
                DeclineReason.INSUFFICIENT_FUNDS, T0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Payment("id", ORDER, CUSTOMER, TOTAL, PaymentStatus.DECLINED, "x", null, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertIllegalTransition(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ApplicationException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.code()).isEqualTo("illegal-transition");
        });
    }
}
