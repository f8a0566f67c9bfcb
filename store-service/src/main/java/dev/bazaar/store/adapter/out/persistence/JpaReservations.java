package dev.bazaar.store.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.store.application.port.out.Reservations;
import dev.bazaar.store.domain.inventory.Reservation;
import dev.bazaar.store.domain.inventory.ReservationLine;
import dev.bazaar.store.domain.inventory.ReservationStatus;
import dev.bazaar.store.domain.product.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code reservations} and {@code reservation_lines} tables, through JPA. */
@ApplicationScoped
public class JpaReservations implements Reservations {

    private final ServiceDatabase database;

    @Inject
    public JpaReservations(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Reservation> byOrderId(UUID orderId) {
        return Optional.ofNullable(database.entityManager().find(ReservationEntity.class, orderId.toString())).map(JpaReservations::toDomain);
    }

    @Override
    public Optional<Reservation> byOrderIdForUpdate(UUID orderId) {
        return Optional.ofNullable(database.entityManager().find(ReservationEntity.class, orderId.toString(),
                LockModeType.PESSIMISTIC_WRITE)).map(JpaReservations::toDomain);
    }

    @Override
    public void add(Reservation reservation) {
        ReservationEntity entity = new ReservationEntity();
        entity.orderId = reservation.orderId().toString();
        entity.customerId = reservation.customerId();
        entity.expiresAt = reservation.expiresAt();
        entity.createdAt = reservation.createdAt();
        for (ReservationLine line : reservation.lines()) {
            ReservationEntity.Line row = new ReservationEntity.Line();
            row.productId = line.productId().toString();
            row.quantity = line.quantity();
            entity.lines.add(row);
        }
        copy(reservation, entity);
        database.entityManager().persist(entity);
        database.entityManager().flush();
    }

    @Override
    public void update(Reservation reservation) {
        ReservationEntity entity = database.entityManager().find(ReservationEntity.class, reservation.orderId().toString());
        if (entity == null) {
            throw new IllegalStateException("reservation " + reservation.orderId() + " is not stored");
        }
        copy(reservation, entity);
        database.entityManager().flush();
    }

    @Override
    public List<UUID> dueForExpiry(Instant now, int limit) {
        return database.entityManager().createQuery("""
                        SELECT r.orderId FROM ReservationEntity r
                        WHERE r.status = 'RESERVED' AND r.expiresAt <= :now ORDER BY r.expiresAt""", String.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultStream()
                .map(UUID::fromString)
                .toList();
    }

    private static void copy(Reservation reservation, ReservationEntity entity) {
        entity.status = reservation.status().name();
        entity.reason = reservation.reason();
        entity.updatedAt = reservation.updatedAt();
    }

    private static Reservation toDomain(ReservationEntity entity) {
        List<ReservationLine> lines = entity.lines.stream()
                .map(line -> new ReservationLine(new ProductId(UUID.fromString(line.productId)), line.quantity))
                .toList();
        return new Reservation(UUID.fromString(entity.orderId), entity.customerId, lines,
                ReservationStatus.valueOf(entity.status), entity.expiresAt, entity.reason, entity.createdAt, entity.updatedAt);
    }
}
