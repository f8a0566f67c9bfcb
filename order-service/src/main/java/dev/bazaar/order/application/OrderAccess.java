package dev.bazaar.order.application;

import dev.bazaar.order.domain.order.Order;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;

/** Who may see and change an order: its customer, an admin, or (to read) another Bazaar service. */
final class OrderAccess {

    private OrderAccess() {
    }

    static void requireMayRead(Caller caller, Order order) {
        caller.requireSignedIn();
        if (!order.isPlacedBy(caller.userId()) && !caller.isAdmin() && !caller.isInternal()) {
            throw notOwner();
        }
    }

    static void requireMayCancel(Caller caller, Order order) {
        caller.requireSignedIn();
        if (!order.isPlacedBy(caller.userId()) && !caller.isAdmin()) {
            throw notOwner();
        }
    }

    private static ApplicationException notOwner() {
        return ApplicationException.permissionDenied("not-owner", "This order belongs to another customer.");
    }
}
