package dev.bazaar.store.application.port.out;

import dev.bazaar.store.domain.inventory.Reservation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where stock reservations are kept, by order id. */
public interface Reservations {

    Optional<Reservation> byOrderId(UUID orderId);

    /** The reservation, locked for change until the transaction ends. */
    Optional<Reservation> byOrderIdForUpdate(UUID orderId);

    void add(Reservation reservation);

    /** Stores a change of status of an existing reservation. */
    void update(Reservation reservation);

    /** Order ids of RESERVED reservations whose expiry is at or before {@code now}, oldest expiry first. */
    List<UUID> dueForExpiry(Instant now, int limit);
}
