package dev.bazaar.payment.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;

/** The authorization rules the payment use cases share (payment.proto). */
final class PaymentAccess {

    private PaymentAccess() {
    }

    /**
     * The customer themselves, an admin, or an internal caller (another Bazaar service).
     *
     * @throws ApplicationException PERMISSION_DENIED: role-required for the customer's own id without
     *                              the customer role, not-owner for someone else's
     */
    static void requireCustomerOrStaff(Caller caller, String customerId) {
        if (caller.isAdmin() || caller.isInternal()) {
            return;
        }
        if (caller.is(customerId)) {
            caller.requireAnyRole(Caller.CUSTOMER);
            return;
        }
        throw notOwner();
    }

    static ApplicationException notOwner() {
        return ApplicationException.permissionDenied("not-owner", "This belongs to another customer.");
    }
}
