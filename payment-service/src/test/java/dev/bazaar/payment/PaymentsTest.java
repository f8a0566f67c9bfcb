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
import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.grpc.GrpcServer;
import dev.bazaar.platform.testing.RunningServiceContract;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.bazaar.payment.PaymentTestSupport.balance;
import static dev.bazaar.payment.PaymentTestSupport.ledgerSum;
import static dev.bazaar.payment.PaymentTestSupport.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * PaymentService over gRPC against the service started for real (MariaDB), with access tokens
 * signed by a stand-in for auth-service ({@link TestTokens}): wallets, top-ups and who may see what.
 */
class PaymentsTest extends RunningServiceContract {

    static {
        TestTokens.install();
    }

    private static ManagedChannel channel;

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of("bazaar.payment.v1.PaymentService");
    }

    @BeforeAll
    static void connect() {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", bean(GrpcServer.class).port()).usePlaintext().build();
    }

    @AfterAll
    static void disconnect() {
        channel.shutdownNow();
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

        ApplicationException reused = failure(() -> wallets.topUpWallet(topUp(6000, "EUR", "req-1")));
        assertThat(reused.code()).isEqualTo("idempotency-key-reused");
        assertThat(statusOf(() -> wallets.topUpWallet(topUp(6000, "EUR", "req-1")))).isEqualTo(Status.Code.ALREADY_EXISTS);

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
        for (int i = 0; i < 8; i++) {
            repeats.add(() -> wallets.topUpWallet(topUp(2500, "EUR", "double-click")).getBalance().getAmount());
        }
        // Eight at a time, below the connection pool's ten (see SagaCommandsTest's concurrency test).
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
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

        assertThat(failure(() -> wallets.topUpWallet(topUp(0, "EUR", "a"))).violations())
                .extracting(v -> v.field()).containsExactly("amount.amount");
        assertThat(failure(() -> wallets.topUpWallet(topUp(-500, "USD", ""))).violations())
                .extracting(v -> v.field()).containsExactlyInAnyOrder("amount.amount", "amount.currency", "request_id");
        assertThat(failure(() -> wallets.topUpWallet(TopUpWalletRequest.newBuilder().setRequestId("x".repeat(129)).build()))
                .violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("amount", "request_id");
        assertThat(statusOf(() -> wallets.topUpWallet(topUp(0, "EUR", "a")))).isEqualTo(Status.Code.INVALID_ARGUMENT);

        ApplicationException tooMuch = failure(() -> wallets.topUpWallet(topUp(100001, "EUR", "big")));
        assertThat(tooMuch.code()).isEqualTo("business-rule-violated");
        assertThat(statusOf(() -> wallets.topUpWallet(topUp(100001, "EUR", "big")))).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(wallets.topUpWallet(topUp(100000, "EUR", "max")).getBalance()).as("the limit itself is fine")
                .isEqualTo(eur(101000));

        for (int i = 0; i < 8; i++) {
            wallets.topUpWallet(topUp(100000, "EUR", "fill-" + i));
        }
        assertThat(failure(() -> wallets.topUpWallet(topUp(99001, "EUR", "over"))).code())
                .as("the balance limit, 10 000.00").isEqualTo("business-rule-violated");
        assertThat(balance(customer)).isEqualTo(901000).isEqualTo(ledgerSum(customer));
    }

    @Test
    void onlyACustomerTopsUpAndOnlyTheirOwnWallet() {
        var request = topUp(100, "EUR", "r");
        assertThat(failure(() -> payments(TestTokens.token(UUID.randomUUID().toString(), "seller")).topUpWallet(request))
                .code()).isEqualTo("role-required");
        assertThat(statusOf(() -> payments(TestTokens.token(UUID.randomUUID().toString(), "admin")).topUpWallet(request)))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(statusOf(() -> payments(null).topUpWallet(request))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(statusOf(() -> payments("not-a-jwt").topUpWallet(request))).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void aCustomerReadsOnlyTheirOwnWalletWhileAnAdminReadsAnyones() {
        String customer = UUID.randomUUID().toString();
        payments(customerToken(customer)).topUpWallet(topUp(700, "EUR", "r"));
        var byId = GetWalletRequest.newBuilder().setCustomerId(customer).build();

        assertThat(payments(customerToken(customer)).getWallet(byId).getBalance()).isEqualTo(eur(700));
        assertThat(payments(TestTokens.token(UUID.randomUUID().toString(), "admin")).getWallet(byId).getBalance())
                .isEqualTo(eur(700));
        assertThat(payments(TestTokens.token(UUID.randomUUID().toString(), "internal")).getWallet(byId).getBalance())
                .isEqualTo(eur(700));

        assertThat(failure(() -> payments(customerToken(UUID.randomUUID().toString())).getWallet(byId)).code())
                .isEqualTo("not-owner");
        assertThat(failure(() -> payments(TestTokens.token(UUID.randomUUID().toString(), "seller"))
                .getWallet(GetWalletRequest.getDefaultInstance())).code()).isEqualTo("role-required");
        assertThat(statusOf(() -> payments(null).getWallet(byId))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(failure(() -> payments(customerToken(customer)).getWallet(GetWalletRequest.newBuilder()
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
        assertThat(payments(TestTokens.token(UUID.randomUUID().toString(), "admin")).getPaymentByOrder(request))
                .isEqualTo(payment);
        assertThat(payments(TestTokens.token(UUID.randomUUID().toString(), "internal")).getPaymentByOrder(request))
                .isEqualTo(payment);

        assertThat(failure(() -> payments(customerToken(UUID.randomUUID().toString())).getPaymentByOrder(request)).code())
                .isEqualTo("not-owner");
        assertThat(statusOf(() -> payments(null).getPaymentByOrder(request))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(statusOf(() -> payments(customerToken(customer)).getPaymentByOrder(GetPaymentByOrderRequest.newBuilder()
                .setOrderId(UUID.randomUUID().toString()).build()))).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(failure(() -> payments(customerToken(customer)).getPaymentByOrder(GetPaymentByOrderRequest.newBuilder()
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
        return TestTokens.token(userId, "customer");
    }

    private static PaymentServiceGrpc.PaymentServiceBlockingStub payments(String accessToken) {
        var stub = PaymentServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
        if (accessToken == null) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + accessToken);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static ApplicationException failure(Executable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
        return GrpcErrors.fromStatusException(e).orElseThrow(() -> new AssertionError("no application error in " + e));
    }

    private static Status.Code statusOf(Executable call) {
        return assertThrows(StatusRuntimeException.class, call).getStatus().getCode();
    }
}
