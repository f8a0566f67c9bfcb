package dev.bazaar.payment;

import dev.bazaar.api.common.v1.Money;
import dev.bazaar.api.payment.v1.GetPaymentByOrderRequest;
import dev.bazaar.api.payment.v1.GetWalletRequest;
import dev.bazaar.api.payment.v1.Payment;
import dev.bazaar.api.payment.v1.PaymentServiceGrpc;
import dev.bazaar.api.payment.v1.PaymentStatus;
import dev.bazaar.api.payment.v1.TopUpWalletRequest;
import dev.bazaar.api.payment.v1.Wallet;
import dev.bazaar.payment.application.AuthorizePayment;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.testing.RunningServiceContract;
import dev.bazaar.platform.testing.TestAccessTokens;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.bazaar.payment.PaymentTestSupport.balance;
import static dev.bazaar.payment.PaymentTestSupport.ledgerSum;
import static dev.bazaar.payment.PaymentTestSupport.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PaymentService over gRPC against the service started for real (MariaDB), with access tokens
 * signed by a stand-in for auth-service ({@link TestAccessTokens}): wallets, top-ups and who may see what.
 */
class PaymentsTest extends RunningServiceContract {

    static {
        TestAccessTokens.install();
    }

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of("bazaar.payment.v1.PaymentService");
    }

    @Test
    void aCustomerWhoNeverToppedUpHasAnEmptyWalletAndReadingCreatesNone() throws Exception {
        String customer = UUID.randomUUID().toString();

        Wallet wallet = payments(customerToken(customer)).getWallet(GetWalletRequest.getDefaultInstance());

        assertThat(wallet.getCustomerId()).isEqualTo(customer);
        assertThat(wallet.getBalance()).isEqualTo(eur(0));
        assertThat(wallet.hasUpdatedAt()).isFalse();
        assertThat(balance(customer)).as("no wallet row").isEqualTo(-1);
    }

    @Test
    void aTopUpAddsMoneyOncePerRequestIdAndTheLedgerAddsUp() throws Exception {
        String customer = UUID.randomUUID().toString();
        var wallets = payments(customerToken(customer));

        Wallet first = wallets.topUpWallet(topUp(5000, "EUR", "req-1"));
        assertThat(first.getBalance()).isEqualTo(eur(5000));
        assertThat(first.hasUpdatedAt()).isTrue();

        Wallet repeated = wallets.topUpWallet(topUp(5000, "EUR", "req-1"));
        assertThat(repeated.getBalance()).as("a repeated request adds nothing").isEqualTo(eur(5000));

        ApplicationException reused = grpcFailure(() -> wallets.topUpWallet(topUp(6000, "EUR", "req-1")));
        assertThat(reused.code()).isEqualTo("idempotency-key-reused");
        assertThat(grpcStatus(() -> wallets.topUpWallet(topUp(6000, "EUR", "req-1")))).isEqualTo(Status.Code.ALREADY_EXISTS);

        assertThat(wallets.topUpWallet(topUp(1234, "EUR", "req-2")).getBalance()).isEqualTo(eur(6234));
        assertThat(wallets.getWallet(GetWalletRequest.getDefaultInstance()).getBalance()).isEqualTo(eur(6234));
        assertThat(payments(customerToken(UUID.randomUUID().toString())).topUpWallet(topUp(100, "EUR", "req-1"))
                .getBalance()).as("request ids are per customer").isEqualTo(eur(100));

        assertThat(balance(customer)).isEqualTo(6234).isEqualTo(ledgerSum(customer));
        assertThat(number("SELECT COUNT(*) FROM ledger_entries WHERE customer_id = ? AND kind = 'TOP_UP'", customer))
                .isEqualTo(2);
    }

    @Test
    void concurrentRepeatsOfOneTopUpAddOnce() throws Exception {
        String customer = UUID.randomUUID().toString();
        var wallets = payments(customerToken(customer));
        List<Callable<Long>> repeats = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            repeats.add(() -> wallets.topUpWallet(topUp(2500, "EUR", "double-click")).getBalance().getAmount());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(repeats.size())) {
            for (Future<Long> balance : pool.invokeAll(repeats)) {
                assertThat(balance.get()).isEqualTo(2500);
            }
        }
        assertThat(number("SELECT COUNT(*) FROM ledger_entries WHERE customer_id = ?", customer)).isEqualTo(1);
        assertThat(balance(customer)).isEqualTo(2500).isEqualTo(ledgerSum(customer));
    }

    @Test
    void badTopUpsAreRefusedNamingTheFieldsAndChangeNothing() throws Exception {
        String customer = UUID.randomUUID().toString();
        var wallets = payments(customerToken(customer));
        wallets.topUpWallet(topUp(1000, "EUR", "seed"));

        assertThat(grpcFailure(() -> wallets.topUpWallet(topUp(0, "EUR", "a"))).violations())
                .extracting(v -> v.field()).containsExactly("amount.amount");
        assertThat(grpcFailure(() -> wallets.topUpWallet(topUp(-500, "USD", ""))).violations())
                .extracting(v -> v.field()).containsExactlyInAnyOrder("amount.amount", "amount.currency", "request_id");
        assertThat(grpcFailure(() -> wallets.topUpWallet(TopUpWalletRequest.newBuilder().setRequestId("x".repeat(129)).build()))
                .violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("amount", "request_id");
        assertThat(grpcStatus(() -> wallets.topUpWallet(topUp(0, "EUR", "a")))).isEqualTo(Status.Code.INVALID_ARGUMENT);

        ApplicationException tooMuch = grpcFailure(() -> wallets.topUpWallet(topUp(100001, "EUR", "big")));
        assertThat(tooMuch.code()).isEqualTo("business-rule-violated");
        assertThat(grpcStatus(() -> wallets.topUpWallet(topUp(100001, "EUR", "big")))).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(wallets.topUpWallet(topUp(100000, "EUR", "max")).getBalance()).as("the limit itself is fine")
                .isEqualTo(eur(101000));

        for (int i = 0; i < 8; i++) {
            wallets.topUpWallet(topUp(100000, "EUR", "fill-" + i));
        }
        assertThat(grpcFailure(() -> wallets.topUpWallet(topUp(99001, "EUR", "over"))).code())
                .as("the balance limit, 10 000.00").isEqualTo("business-rule-violated");
        assertThat(balance(customer)).isEqualTo(901000).isEqualTo(ledgerSum(customer));
    }

    @Test
    void onlyACustomerTopsUpAndOnlyTheirOwnWallet() {
        var request = topUp(100, "EUR", "r");
        assertThat(grpcFailure(() -> payments(TestAccessTokens.token(UUID.randomUUID().toString(), "seller")).topUpWallet(request))
                .code()).isEqualTo("role-required");
        assertThat(grpcStatus(() -> payments(TestAccessTokens.token(UUID.randomUUID().toString(), "admin")).topUpWallet(request)))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(grpcStatus(() -> payments(null).topUpWallet(request))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(grpcStatus(() -> payments("not-a-jwt").topUpWallet(request))).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void aCustomerReadsOnlyTheirOwnWalletWhileAnAdminReadsAnyones() {
        String customer = UUID.randomUUID().toString();
        payments(customerToken(customer)).topUpWallet(topUp(700, "EUR", "r"));
        var byId = GetWalletRequest.newBuilder().setCustomerId(customer).build();

        assertThat(payments(customerToken(customer)).getWallet(byId).getBalance()).isEqualTo(eur(700));
        assertThat(payments(TestAccessTokens.token(UUID.randomUUID().toString(), "admin")).getWallet(byId).getBalance())
                .isEqualTo(eur(700));
        assertThat(payments(TestAccessTokens.token(UUID.randomUUID().toString(), "internal")).getWallet(byId).getBalance())
                .isEqualTo(eur(700));

        assertThat(grpcFailure(() -> payments(customerToken(UUID.randomUUID().toString())).getWallet(byId)).code())
                .isEqualTo("not-owner");
        assertThat(grpcFailure(() -> payments(TestAccessTokens.token(UUID.randomUUID().toString(), "seller"))
                .getWallet(GetWalletRequest.getDefaultInstance())).code()).isEqualTo("role-required");
        assertThat(grpcStatus(() -> payments(null).getWallet(byId))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(grpcFailure(() -> payments(customerToken(customer)).getWallet(GetWalletRequest.newBuilder()
                .setCustomerId("nope").build())).violations()).extracting(v -> v.field()).containsExactly("customer_id");
    }

    @Test
    void thePaymentOfAnOrderIsForItsCustomerAnAdminOrAnInternalCaller() {
        String customer = UUID.randomUUID().toString();
        String order = UUID.randomUUID().toString();
        payments(customerToken(customer)).topUpWallet(topUp(5000, "EUR", "r"));
        bean(AuthorizePayment.class).authorize(new AuthorizePayment.Command(order, customer,
                new dev.bazaar.payment.domain.Money(3299, "EUR")));
        var request = GetPaymentByOrderRequest.newBuilder().setOrderId(order).build();

        Payment payment = payments(customerToken(customer)).getPaymentByOrder(request);
        assertThat(payment.getOrderId()).isEqualTo(order);
        assertThat(payment.getCustomerId()).isEqualTo(customer);
        assertThat(payment.getAmount()).isEqualTo(eur(3299));
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.PAYMENT_STATUS_AUTHORIZED);
        assertThat(payment.getReason()).isEmpty();
        assertThat(payment.getCreatedAt()).isEqualTo(payment.getUpdatedAt());
        assertThat(payments(TestAccessTokens.token(UUID.randomUUID().toString(), "admin")).getPaymentByOrder(request))
                .isEqualTo(payment);
        assertThat(payments(TestAccessTokens.token(UUID.randomUUID().toString(), "internal")).getPaymentByOrder(request))
                .isEqualTo(payment);

        assertThat(grpcFailure(() -> payments(customerToken(UUID.randomUUID().toString())).getPaymentByOrder(request)).code())
                .isEqualTo("not-owner");
        assertThat(grpcStatus(() -> payments(null).getPaymentByOrder(request))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(grpcStatus(() -> payments(customerToken(customer)).getPaymentByOrder(GetPaymentByOrderRequest.newBuilder()
                .setOrderId(UUID.randomUUID().toString()).build()))).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(grpcFailure(() -> payments(customerToken(customer)).getPaymentByOrder(GetPaymentByOrderRequest.newBuilder()
                .setOrderId("42").build())).violations()).extracting(v -> v.field()).containsExactly("order_id");
    }

    // --- helpers -------------------------------------------------------------------------------

    static Money eur(long cents) {
        return Money.newBuilder().setAmount(cents).setCurrency("EUR").build();
    }

    private static TopUpWalletRequest topUp(long cents, String currency, String requestId) {
        return TopUpWalletRequest.newBuilder()
                .setAmount(Money.newBuilder().setAmount(cents).setCurrency(currency))
                .setRequestId(requestId)
                .build();
    }

    private static String customerToken(String userId) {
        return TestAccessTokens.token(userId, "customer");
    }

    private static PaymentServiceGrpc.PaymentServiceBlockingStub payments(String accessToken) {
        return as(accessToken, PaymentServiceGrpc.newBlockingStub(grpcChannel()));
    }


}
