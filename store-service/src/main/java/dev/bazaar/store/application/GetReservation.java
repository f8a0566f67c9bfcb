package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.store.application.port.out.Reservations;
import dev.bazaar.store.domain.inventory.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Use case: the stock reservation of an order, for an admin, an internal caller or the order's customer. */
@ApplicationScoped
public class GetReservation {

    private final Reservations reservations;

    @Inject
    public GetReservation(Reservations reservations) {
        this.reservations = reservations;
    }

    @Transactional
    public Reservation get(Caller caller, String rawOrderId) {
        caller.requireSignedIn();
        UUID orderId;
        try {
            if (rawOrderId == null || rawOrderId.length() != 36) {
                throw new IllegalArgumentException();
            }
            orderId = UUID.fromString(rawOrderId);
        } catch (IllegalArgumentException e) {
            throw ApplicationException.invalid("order_id", "must be a UUID");
        }
        Reservation reservation = reservations.byOrderId(orderId)
                .orElseThrow(() -> ApplicationException.notFound("Reservation of order", orderId));
        if (!caller.isAdmin() && !caller.isInternal() && !caller.is(reservation.customerId())) {
            throw ApplicationException.permissionDenied("not-owner", "Only the order's customer may read its reservation.");
        }
        return reservation;
    }
}
