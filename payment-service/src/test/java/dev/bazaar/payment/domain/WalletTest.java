package dev.bazaar.payment.domain;

import dev.bazaar.payment.domain.wallet.LedgerEntry;
import dev.bazaar.payment.domain.wallet.Wallet;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wallet never goes below zero, and its balance is always the sum of its ledger. */
class WalletTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final String CUSTOMER = "5b0c3a43-6f0e-4d7a-9a51-8f2e7c1d9b10";
    private static final String PAYMENT = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d";

    private static Money eur(long cents) {
        return new Money(cents, "EUR");
    }

    @Test
    void aWalletNeverUsedIsEmptyInTheShopsCurrencyAndHasNoChangeTime() {
        Wallet wallet = Wallet.empty(CUSTOMER, "EUR");

        assertThat(wallet.balance()).isEqualTo(eur(0));
        assertThat(wallet.updatedAt()).isNull();
    }

    @Test
    void aTopUpAddsToTheBalanceAndIsRecordedInTheLedger() {
        Wallet wallet = Wallet.empty(CUSTOMER, "EUR");

        LedgerEntry entry = wallet.topUp(eur(5000), "req-1", T0);

        assertThat(wallet.balance()).isEqualTo(eur(5000));
        assertThat(wallet.updatedAt()).isEqualTo(T0);
        assertThat(entry.kind()).isEqualTo(LedgerEntry.Kind.TOP_UP);
        assertThat(entry.amount()).isEqualTo(eur(5000));
        assertThat(entry.balanceAfter()).isEqualTo(eur(5000));
        assertThat(entry.requestId()).isEqualTo("req-1");
        assertThat(entry.paymentId()).isNull();
    }

    @Test
    void aDebitTakesTheAmountOutAsANegativeEntry() {
        Wallet wallet = new Wallet(CUSTOMER, eur(5000), T0);

        LedgerEntry entry = wallet.debit(eur(3299), PAYMENT, T0.plusSeconds(1));

        assertThat(wallet.balance()).isEqualTo(eur(1701));
        assertThat(entry.kind()).isEqualTo(LedgerEntry.Kind.PAYMENT_DEBIT);
        assertThat(entry.amount()).isEqualTo(eur(-3299));
        assertThat(entry.paymentId()).isEqualTo(PAYMENT);
    }

    @Test
    void theWholeBalanceCanBeSpentButNotOneCentMore() {
        Wallet wallet = new Wallet(CUSTOMER, eur(1000), T0);
        assertThat(wallet.covers(eur(1000))).isTrue();
        assertThat(wallet.covers(eur(1001))).isFalse();

        assertThatThrownBy(() -> wallet.debit(eur(1001), PAYMENT, T0.plusSeconds(1)))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.BUSINESS_RULE);
                    assertThat(e.code()).isEqualTo("insufficient-funds");
                });
        assertThat(wallet.balance()).as("a refused debit changes nothing").isEqualTo(eur(1000));
        assertThat(wallet.updatedAt()).isEqualTo(T0);

        wallet.debit(eur(1000), PAYMENT, T0.plusSeconds(2));
        assertThat(wallet.balance()).isEqualTo(eur(0));
    }

    @Test
    void aWalletCannotBeMadeWithANegativeBalance() {
        assertThatThrownBy(() -> new Wallet(CUSTOMER, eur(-1), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefundCreditGivesTheAmountBack() {
        Wallet wallet = new Wallet(CUSTOMER, eur(0), T0);

        LedgerEntry entry = wallet.credit(eur(3299), PAYMENT, T0.plusSeconds(1));

        assertThat(wallet.balance()).isEqualTo(eur(3299));
        assertThat(entry.kind()).isEqualTo(LedgerEntry.Kind.REFUND_CREDIT);
        assertThat(entry.amount()).isEqualTo(eur(3299));
    }

    @Test
    void theBalanceIsAlwaysTheSumOfTheLedgerAndEachEntryKnowsTheBalanceAfterIt() {
        Wallet wallet = Wallet.empty(CUSTOMER, "EUR");
        List<LedgerEntry> ledger = new ArrayList<>();
        ledger.add(wallet.topUp(eur(20000), "a", T0));
        ledger.add(wallet.debit(eur(1000), "p1", T0));
        ledger.add(wallet.debit(eur(2500), "p2", T0));
        ledger.add(wallet.credit(eur(1000), "p1", T0));
        ledger.add(wallet.topUp(eur(1), "b", T0));

        long sum = ledger.stream().mapToLong(entry -> entry.amount().amount()).sum();
        assertThat(wallet.balance()).isEqualTo(eur(sum)).isEqualTo(eur(17501));
        assertThat(ledger.getLast().balanceAfter()).isEqualTo(wallet.balance());
        long debits = -ledger.stream().filter(e -> e.kind() == LedgerEntry.Kind.PAYMENT_DEBIT).mapToLong(e -> e.amount().amount()).sum();
        long refunds = ledger.stream().filter(e -> e.kind() == LedgerEntry.Kind.REFUND_CREDIT).mapToLong(e -> e.amount().amount()).sum();
        assertThat(debits - refunds).as("net debits = authorized - refunded").isEqualTo(2500);
    }

    @Test
    void moneyOfTwoCurrenciesDoesNotMix() {
        Wallet wallet = new Wallet(CUSTOMER, eur(1000), T0);

        assertThatThrownBy(() -> wallet.topUp(new Money(100, "USD"), "x", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(wallet.balance()).isEqualTo(eur(1000));
    }

    @Test
    void aTopUpOfNothingIsNoTopUp() {
        Wallet wallet = Wallet.empty(CUSTOMER, "EUR");

        assertThatThrownBy(() -> wallet.topUp(eur(0), "x", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> wallet.topUp(eur(-5), "x", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(wallet.balance()).isEqualTo(eur(0));
    }
}
