package dev.bazaar.bff.adapter.out.grpc;

import com.google.protobuf.Timestamp;
import dev.bazaar.api.common.v1.PageRequest;
import dev.bazaar.api.order.v1.CancelOrderRequest;
import dev.bazaar.api.order.v1.GetOrderRequest;
import dev.bazaar.api.order.v1.ListOrdersRequest;
import dev.bazaar.api.order.v1.ListOrdersResponse;
import dev.bazaar.api.order.v1.Order;
import dev.bazaar.api.order.v1.OrderReason;
import dev.bazaar.api.order.v1.OrderServiceGrpc;
import dev.bazaar.api.order.v1.PlaceOrderLine;
import dev.bazaar.api.order.v1.PlaceOrderRequest;
import dev.bazaar.bff.application.Money;
import dev.bazaar.bff.application.OrderView;
import dev.bazaar.bff.application.port.out.Orders;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.grpc.GrpcChannels;
import io.grpc.StatusRuntimeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** order-service's OrderService over gRPC, each call with the backend's deadline. */
@ApplicationScoped
public class GrpcOrders implements Orders {

    private static final String BACKEND = "order";

    private final GrpcChannels channels;

    @Inject
    public GrpcOrders(GrpcChannels channels) {
        this.channels = channels;
    }

    @Override
    public OrderView place(String idempotencyKey, List<LineRequest> lines) {
        var request = PlaceOrderRequest.newBuilder().setIdempotencyKey(idempotencyKey == null ? "" : idempotencyKey);
        lines.forEach(line -> request.addLines(PlaceOrderLine.newBuilder()
                .setProductId(line.productId() == null ? "" : line.productId())
                .setQuantity(line.quantity())));
        try {
            return toView(orders().placeOrder(request.build()));
        } catch (StatusRuntimeException e) {
            throw GrpcErrors.withFieldsRenamed(e, Map.of("idempotency_key", IDEMPOTENCY_KEY));
        }
    }

    @Override
    public OrderView order(String id) {
        return toView(orders().getOrder(GetOrderRequest.newBuilder().setId(id == null ? "" : id).build()));
    }

    @Override
    public OrderView.Page mine(int limit, String cursor) {
        ListOrdersResponse page;
        try {
            page = orders().listOrders(ListOrdersRequest.newBuilder()
                    .setPage(PageRequest.newBuilder().setLimit(limit).setCursor(cursor == null ? "" : cursor))
                    .build());
        } catch (StatusRuntimeException e) {
            throw GrpcErrors.withFieldsRenamed(e, Map.of("page.limit", "limit", "page.cursor", "cursor"));
        }
        return new OrderView.Page(page.getItemsList().stream().map(GrpcOrders::toView).toList(),
                page.getNextCursor().isEmpty() ? null : page.getNextCursor());
    }

    @Override
    public OrderView cancel(String id, String reason) {
        return toView(orders().cancelOrder(CancelOrderRequest.newBuilder()
                .setId(id == null ? "" : id)
                .setReason(reason == null ? "" : reason)
                .build()));
    }

    private OrderServiceGrpc.OrderServiceBlockingStub orders() {
        return OrderServiceGrpc.newBlockingStub(channels.channel(BACKEND))
                .withDeadlineAfter(channels.deadline(BACKEND).toMillis(), TimeUnit.MILLISECONDS);
    }

    static OrderView toView(Order order) {
        return new OrderView(order.getId(), order.getStatus().name().replaceFirst("^ORDER_STATUS_", ""),
                order.getReason().isEmpty() ? null : order.getReason(),
                order.getReasonCode() == OrderReason.ORDER_REASON_UNSPECIFIED ? null
                        : order.getReasonCode().name().replaceFirst("^ORDER_REASON_", ""),
                order.getLinesList().stream().map(line -> new OrderView.Line(line.getProductId(), line.getStoreId(),
                        line.getSku(), line.getProductName(), line.getQuantity(), amount(line.getUnitPrice()),
                        amount(line.getLineTotal()))).toList(),
                amount(order.getTotal()), instant(order.getCreatedAt()), instant(order.getUpdatedAt()));
    }

    private static Money amount(dev.bazaar.api.common.v1.Money money) {
        return new Money(money.getAmount(), money.getCurrency());
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
