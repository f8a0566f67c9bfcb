package dev.bazaar.store.application.port.out;

import dev.bazaar.store.domain.inventory.RejectedLine;

import java.util.Set;

/** What the stock reservations count for operations (the adapter counts once the transaction commits). */
public interface StockMetrics {

    /** A ReserveStock reserved every line. */
    void reserved();

    /**
     * A command was answered with StockRejected.
     *
     * @param command ReserveStock or ConfirmReservation
     * @param reasons why its lines failed (each reason once)
     */
    void rejected(String command, Set<RejectedLine.Reason> reasons);
}
