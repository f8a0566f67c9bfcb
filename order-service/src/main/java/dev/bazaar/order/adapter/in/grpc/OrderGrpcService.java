package dev.bazaar.order.adapter.in.grpc;

import com.google.protobuf.Timestamp;
import dev.bazaar.api.common.v1.Money;
import dev.bazaar.api.order.v1.CancelOrderRequest;
import dev.bazaar.api.order.v1.GetOrderRequest;
import dev.bazaar.api.order.v1.ListOrdersRequest;
import dev.bazaar.api.order.v1.ListOrdersResponse;
import dev.bazaar.api.order.v1.Order;
import dev.bazaar.api.order.v1.OrderLine;
import dev.bazaar.api.order.v1.OrderReason;
import dev.bazaar.api.order.v1.OrderServiceGrpc;
import dev.bazaar.api.order.v1.OrderStatus;
import dev.bazaar.api.order.v1.PlaceOrderRequest;
import dev.bazaar.order.application.CancelOrder;
import dev.bazaar.order.application.GetOrder;
import dev.bazaar.order.application.ListOrders;
import dev.bazaar.order.application.PlaceOrder;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.token.CallerContext;
import io.grpc.stub.StreamObserver;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code bazaar.order.v1.OrderService} over gRPC. Every call takes the caller the platform's
 * interceptor verified; the use cases decide what it may do.
 */
@Dependent
public class OrderGrpcService extends OrderServiceGrpc.OrderServiceImplBase {

    private final PlaceOrder placeOrder;
    private final GetOrder getOrder;
    private final ListOrders listOrders;
    private final CancelOrder cancelOrder;

    @Inject
    public OrderGrpcService(PlaceOrder placeOrder, GetOrder getOrder, ListOrders listOrders, CancelOrder cancelOrder) {
        this.placeOrder = placeOrder;
        this.getOrder = getOrder;
        this.listOrders = listOrders;
        this.cancelOrder = cancelOrder;
    }

    @Override
    public void placeOrder(PlaceOrderRequest request, StreamObserver<Order> response) {
        reply(response, placeOrder.place(CallerContext.caller(), new PlaceOrder.Command(request.getIdempotencyKey(),
                request.getLinesList().stream()
                        .map(line -> new PlaceOrder.Line(line.getProductId(), line.getQuantity()))
                        .toList())));
    }

    @Override
    public void getOrder(GetOrderRequest request, StreamObserver<Order> response) {
        reply(response, getOrder.get(CallerContext.caller(), request.getId()));
    }

    @Override
    public void listOrders(ListOrdersRequest request, StreamObserver<ListOrdersResponse> response) {
        Set<dev.bazaar.order.domain.order.OrderStatus> statuses = new HashSet<>();
        for (int i = 0; i < request.getStatusesCount(); i++) {
            OrderStatus status = request.getStatuses(i);
            if (status == OrderStatus.ORDER_STATUS_UNSPECIFIED || status == OrderStatus.UNRECOGNIZED) {
                throw ApplicationException.invalid("statuses[" + i + "]", "is not an order status");
            }
            statuses.add(dev.bazaar.order.domain.order.OrderStatus.valueOf(
                    status.name().substring("ORDER_STATUS_".length())));
        }
        ListOrders.Page page = listOrders.list(CallerContext.caller(), new ListOrders.Query(
                request.getPage().getLimit(), request.getPage().getCursor(), request.getCustomerId(), statuses));
        var reply = ListOrdersResponse.newBuilder();
        page.items().forEach(order -> reply.addItems(toProto(order)));
        if (page.nextCursor() != null) {
            reply.setNextCursor(page.nextCursor());
        }
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void cancelOrder(CancelOrderRequest request, StreamObserver<Order> response) {
        reply(response, cancelOrder.cancel(CallerContext.caller(), request.getId(), request.getReason()));
    }

    private static void reply(StreamObserver<Order> response, dev.bazaar.order.domain.order.Order order) {
        response.onNext(toProto(order));
        response.onCompleted();
    }

    static Order toProto(dev.bazaar.order.domain.order.Order order) {
        var proto = Order.newBuilder()
                .setId(order.id().toString())
                .setCustomerId(order.customerId())
                .setStatus(OrderStatus.valueOf("ORDER_STATUS_" + order.status().name()))
                .setTotal(money(order.total()))
                .setCreatedAt(timestamp(order.createdAt()))
                .setUpdatedAt(timestamp(order.updatedAt()));
        if (order.reason() != null) {
            proto.setReason(order.reason());
        }
        if (order.reasonCode() != null) {
            proto.setReasonCode(OrderReason.valueOf("ORDER_REASON_" + order.reasonCode().name()));
        }
        order.lines().forEach(line -> proto.addLines(OrderLine.newBuilder()
                .setProductId(line.productId())
                .setStoreId(line.storeId())
                .setSku(line.sku())
                .setProductName(line.productName())
                .setQuantity(line.quantity())
                .setUnitPrice(money(line.unitPrice()))
                .setLineTotal(money(line.lineTotal()))));
        return proto.build();
    }

    private static Money money(dev.bazaar.order.domain.order.Money money) {
        return Money.newBuilder().setAmount(money.amount()).setCurrency(money.currency()).build();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
