package dev.bazaar.store.domain.inventory;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a stock reservation (bazaar.store.v1.ReservationStatus):
 * RESERVED -> CONFIRMED | RELEASED | EXPIRED; CONFIRMED -> RELEASED; RELEASED, EXPIRED and REJECTED
 * are final. A reservation starts RESERVED (every line held) or REJECTED (nothing held).
 */
public enum ReservationStatus {
    RESERVED,
    CONFIRMED,
    RELEASED,
    EXPIRED,
    REJECTED;

    /** The statuses this one may change to. */
    public Set<ReservationStatus> next() {
        return switch (this) {
            case RESERVED -> EnumSet.of(CONFIRMED, RELEASED, EXPIRED);
            case CONFIRMED -> EnumSet.of(RELEASED);
            case RELEASED, EXPIRED, REJECTED -> EnumSet.noneOf(ReservationStatus.class);
        };
    }

    public boolean canBecome(ReservationStatus status) {
        return next().contains(status);
    }

    /** Whether units are held in this status: in reserved (RESERVED) or in sold (CONFIRMED). */
    public boolean holdsUnits() {
        return this == RESERVED || this == CONFIRMED;
    }
}
