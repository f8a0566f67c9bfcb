package dev.bazaar.payment.adapter.in.grpc;

import com.google.protobuf.Timestamp;
import dev.bazaar.api.common.v1.Money;
import dev.bazaar.api.payment.v1.GetPaymentByOrderRequest;
import dev.bazaar.api.payment.v1.GetWalletRequest;
import dev.bazaar.api.payment.v1.Payment;
import dev.bazaar.api.payment.v1.PaymentServiceGrpc;
import dev.bazaar.api.payment.v1.PaymentStatus;
import dev.bazaar.api.payment.v1.TopUpWalletRequest;
import dev.bazaar.api.payment.v1.Wallet;
import dev.bazaar.payment.application.GetPaymentByOrder;
import dev.bazaar.payment.application.GetWallet;
import dev.bazaar.payment.application.TopUpWallet;
import dev.bazaar.platform.security.token.CallerContext;
import io.grpc.stub.StreamObserver;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * {@code bazaar.payment.v1.PaymentService} over gRPC: reads of wallets and payments, and top-ups.
 * The caller is the one the platform's interceptor verified; the use cases decide what it may do.
 * Payments themselves are made and refunded only by the saga's commands (adapter.in.messaging).
 */
@Dependent
public class PaymentGrpcService extends PaymentServiceGrpc.PaymentServiceImplBase {

    private final GetPaymentByOrder getPaymentByOrder;
    private final GetWallet getWallet;
    private final TopUpWallet topUpWallet;

    @Inject
    public PaymentGrpcService(GetPaymentByOrder getPaymentByOrder, GetWallet getWallet, TopUpWallet topUpWallet) {
        this.getPaymentByOrder = getPaymentByOrder;
        this.getWallet = getWallet;
        this.topUpWallet = topUpWallet;
    }

    @Override
    public void getPaymentByOrder(GetPaymentByOrderRequest request, StreamObserver<Payment> response) {
        response.onNext(toProto(getPaymentByOrder.get(CallerContext.caller(), request.getOrderId())));
        response.onCompleted();
    }

    @Override
    public void getWallet(GetWalletRequest request, StreamObserver<Wallet> response) {
        response.onNext(toProto(getWallet.get(CallerContext.caller(), request.getCustomerId())));
        response.onCompleted();
    }

    @Override
    public void topUpWallet(TopUpWalletRequest request, StreamObserver<Wallet> response) {
        var command = request.hasAmount()
                ? new TopUpWallet.Command(request.getAmount().getAmount(), request.getAmount().getCurrency(),
                request.getRequestId())
                : new TopUpWallet.Command(null, null, request.getRequestId());
        response.onNext(toProto(topUpWallet.topUp(CallerContext.caller(), command)));
        response.onCompleted();
    }

    static Wallet toProto(dev.bazaar.payment.domain.wallet.Wallet wallet) {
        var proto = Wallet.newBuilder()
                .setCustomerId(wallet.customerId())
                .setBalance(money(wallet.balance()));
        if (wallet.updatedAt() != null) {
            proto.setUpdatedAt(timestamp(wallet.updatedAt()));
        }
        return proto.build();
    }

    static Payment toProto(dev.bazaar.payment.domain.payment.Payment payment) {
        return Payment.newBuilder()
                .setId(payment.id())
                .setOrderId(payment.orderId())
                .setCustomerId(payment.customerId())
                .setAmount(money(payment.amount()))
                .setStatus(switch (payment.status()) {
                    case AUTHORIZED -> PaymentStatus.PAYMENT_STATUS_AUTHORIZED;
                    case DECLINED -> PaymentStatus.PAYMENT_STATUS_DECLINED;
                    case REFUNDED -> PaymentStatus.PAYMENT_STATUS_REFUNDED;
                })
                .setReason(payment.reason())
                .setCreatedAt(timestamp(payment.createdAt()))
                .setUpdatedAt(timestamp(payment.updatedAt()))
                .build();
    }

    private static Money money(dev.bazaar.payment.domain.Money money) {
        return Money.newBuilder().setAmount(money.amount()).setCurrency(money.currency()).build();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
