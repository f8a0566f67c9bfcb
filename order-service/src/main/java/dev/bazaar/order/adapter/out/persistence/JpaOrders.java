package dev.bazaar.order.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.IdempotencyKey;
import dev.bazaar.order.domain.order.Money;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderId;
import dev.bazaar.order.domain.order.OrderLine;
import dev.bazaar.order.domain.order.OrderReason;
import dev.bazaar.order.domain.order.OrderStatus;
import dev.bazaar.order.domain.order.SagaDeadlines;
import dev.bazaar.order.domain.saga.OrderEvent.OrderStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Orders in order-service's own schema, through JPA. */
@ApplicationScoped
public class JpaOrders implements Orders {

    private final ServiceDatabase database;

    private final SagaDeadlines deadlines;

    @Inject
    public JpaOrders(ServiceDatabase database, SagaDeadlines deadlines) {
        this.database = database;
        this.deadlines = deadlines;
    }

    @Override
    public Optional<Order> byId(OrderId id) {
        return Optional.ofNullable(database.entityManager().find(OrderEntity.class, id.toString())).map(this::toDomain);
    }

    @Override
    public Optional<Order> byIdForUpdate(OrderId id) {
        return Optional.ofNullable(database.entityManager().find(OrderEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(this::toDomain);
    }

    @Override
    public Optional<Order> byIdempotencyKey(String customerId, IdempotencyKey key) {
        return database.entityManager().createQuery(
                        "SELECT o FROM OrderEntity o WHERE o.customerId = :customer AND o.idempotencyKey = :key",
                        OrderEntity.class)
                .setParameter("customer", customerId)
                .setParameter("key", key.value())
                .getResultStream()
                .findFirst()
                .map(this::toDomain);
    }

    @Override
    public void add(Order order) {
        OrderEntity entity = new OrderEntity();
        entity.id = order.id().toString();
        entity.customerId = order.customerId();
        entity.idempotencyKey = order.idempotencyKey().value();
        entity.requestFingerprint = order.requestFingerprint();
        entity.totalAmount = order.total().amount();
        entity.currency = order.total().currency();
        entity.createdAt = order.createdAt();
        for (OrderLine line : order.lines()) {
            var columns = new OrderEntity.LineColumns();
            columns.productId = line.productId();
            columns.storeId = line.storeId();
            columns.sku = line.sku();
            columns.productName = line.productName();
            columns.quantity = line.quantity();
            columns.unitPriceAmount = line.unitPrice().amount();
            entity.lines.add(columns);
        }
        copy(order, entity);
        try {
            database.entityManager().persist(entity);
            // Flush now: a concurrent order with the same idempotency key fails here, recognisably.
            database.entityManager().flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateIdempotencyKey();
            }
            throw e;
        }
    }

    @Override
    public void update(Order order) {
        OrderEntity entity = database.entityManager().find(OrderEntity.class, order.id().toString());
        if (entity == null) {
            throw new IllegalStateException("order " + order.id() + " is not stored");
        }
        copy(order, entity);
        database.entityManager().flush();
    }

    @Override
    public void recordHistory(OrderStatusChanged change) {
        database.entityManager().createNativeQuery("""
                        INSERT INTO order_history (order_id, from_status, to_status, reason_code, reason, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .setParameter(1, change.orderId())
                .setParameter(2, change.fromStatus())
                .setParameter(3, change.toStatus())
                .setParameter(4, change.reasonCode())
                .setParameter(5, change.reason())
                .setParameter(6, change.occurredAt())
                .executeUpdate();
    }

    @Override
    public List<Order> page(Position after, String customerId, Set<OrderStatus> statuses, int limit) {
        String jpql = "SELECT o FROM OrderEntity o WHERE 1 = 1"
                + (after == null ? "" : " AND (o.createdAt < :at OR (o.createdAt = :at AND o.id < :id))")
                + (customerId == null ? "" : " AND o.customerId = :customer")
                + (statuses.isEmpty() ? "" : " AND o.status IN :statuses")
                + " ORDER BY o.createdAt DESC, o.id DESC";
        var query = database.entityManager().createQuery(jpql, OrderEntity.class).setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id().toString());
        }
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses.stream().map(Enum::name).toList());
        }
        return query.getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    public List<OrderId> due(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<String> ids = database.entityManager().createNativeQuery(
                        "SELECT id FROM orders WHERE due_at <= ? ORDER BY due_at LIMIT ?")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(id -> new OrderId(UUID.fromString(id))).toList();
    }

    private static void copy(Order order, OrderEntity entity) {
        entity.status = order.status().name();
        entity.reasonCode = order.reasonCode() == null ? null : order.reasonCode().name();
        entity.reason = order.reason();
        Order.Progress progress = order.progress();
        entity.paymentRequested = progress.paymentRequested();
        entity.paymentId = progress.paymentId();
        entity.reservationExpiresAt = progress.reservationExpiresAt();
        entity.stepAttempts = progress.stepAttempts();
        entity.stepDeadlineAt = progress.stepDeadlineAt();
        entity.deadlineAt = progress.deadlineAt();
        entity.updatedAt = order.updatedAt();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Order toDomain(OrderEntity entity) {
        List<OrderLine> lines = entity.lines.stream()
                .map(line -> new OrderLine(line.productId, line.storeId, line.sku, line.productName, line.quantity,
                        new Money(line.unitPriceAmount, entity.currency)))
                .toList();
        return new Order(new OrderId(UUID.fromString(entity.id)), entity.customerId,
                new IdempotencyKey(entity.idempotencyKey), entity.requestFingerprint, lines,
                OrderStatus.valueOf(entity.status),
                entity.reasonCode == null ? null : OrderReason.valueOf(entity.reasonCode), entity.reason,
                new Order.Progress(entity.paymentRequested, entity.paymentId, entity.reservationExpiresAt,
                        entity.stepAttempts, entity.stepDeadlineAt, entity.deadlineAt),
                entity.createdAt, entity.updatedAt, deadlines);
    }
}
