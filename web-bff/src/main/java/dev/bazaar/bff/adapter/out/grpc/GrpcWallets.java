package dev.bazaar.bff.adapter.out.grpc;

import dev.bazaar.api.payment.v1.GetWalletRequest;
import dev.bazaar.api.payment.v1.PaymentServiceGrpc;
import dev.bazaar.api.payment.v1.TopUpWalletRequest;
import dev.bazaar.api.payment.v1.Wallet;
import dev.bazaar.bff.application.Money;
import dev.bazaar.bff.application.port.out.Wallets;
import dev.bazaar.platform.grpc.GrpcChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;

/**
 * payment-service's PaymentService over gRPC, each call with the backend's deadline and the
 * caller's access token (GrpcChannels forwards it); a backend error propagates as it is and
 * becomes problem+json at the REST edge.
 */
@ApplicationScoped
public class GrpcWallets implements Wallets {

    private static final String BACKEND = "payment";

    private final GrpcChannels channels;

    @Inject
    public GrpcWallets(GrpcChannels channels) {
        this.channels = channels;
    }

    @Override
    public Money balance() {
        return balanceOf(payments().getWallet(GetWalletRequest.getDefaultInstance()));
    }

    @Override
    public Money topUp(Long amount, String currency, String requestId) {
        var request = TopUpWalletRequest.newBuilder().setRequestId(requestId);
        if (amount != null || currency != null) {
            request.setAmount(dev.bazaar.api.common.v1.Money.newBuilder()
                    // A missing part is sent as proto's default (0, ""), which payment-service names.
                    .setAmount(amount == null ? 0 : amount)
                    .setCurrency(currency == null ? "" : currency));
        }
        return balanceOf(payments().topUpWallet(request.build()));
    }

    private PaymentServiceGrpc.PaymentServiceBlockingStub payments() {
        return PaymentServiceGrpc.newBlockingStub(channels.channel(BACKEND))
                .withDeadlineAfter(channels.deadline(BACKEND).toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Money balanceOf(Wallet wallet) {
        return new Money(wallet.getBalance().getAmount(), wallet.getBalance().getCurrency());
    }
}
