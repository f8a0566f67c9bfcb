package dev.bazaar.payment.application;

import dev.bazaar.payment.application.port.out.Payments;
import dev.bazaar.payment.domain.Ids;
import dev.bazaar.payment.domain.payment.Payment;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use case: the payment of an order, for its customer, an admin or an internal caller. */
@ApplicationScoped
public class GetPaymentByOrder {

    private final Payments payments;

    @Inject
    public GetPaymentByOrder(Payments payments) {
        this.payments = payments;
    }

    @Transactional
    public Payment get(Caller caller, String rawOrderId) {
        caller.requireSignedIn();
        String orderId = Ids.uuid(rawOrderId, "order_id");
        Payment payment = payments.byOrder(orderId)
                .orElseThrow(() -> ApplicationException.notFound("Payment of order", orderId));
        if (!payment.belongsTo(caller.userId()) && !caller.isAdmin() && !caller.isInternal()) {
            throw PaymentAccess.notOwner();
        }
        return payment;
    }
}
