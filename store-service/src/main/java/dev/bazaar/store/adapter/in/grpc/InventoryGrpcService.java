package dev.bazaar.store.adapter.in.grpc;

import dev.bazaar.api.store.v1.BatchGetStockRequest;
import dev.bazaar.api.store.v1.BatchGetStockResponse;
import dev.bazaar.api.store.v1.GetReservationRequest;
import dev.bazaar.api.store.v1.GetStockRequest;
import dev.bazaar.api.store.v1.InventoryServiceGrpc;
import dev.bazaar.api.store.v1.Reservation;
import dev.bazaar.api.store.v1.ReservationLine;
import dev.bazaar.api.store.v1.ReservationStatus;
import dev.bazaar.api.store.v1.SetStockRequest;
import dev.bazaar.api.store.v1.Stock;
import dev.bazaar.platform.security.token.CallerContext;
import dev.bazaar.store.application.GetReservation;
import dev.bazaar.store.application.GetStock;
import dev.bazaar.store.application.SetStock;
import io.grpc.stub.StreamObserver;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** {@code bazaar.store.v1.InventoryService} over gRPC: stock levels, a seller's stock count, reservations. */
@Dependent
public class InventoryGrpcService extends InventoryServiceGrpc.InventoryServiceImplBase {

    private final GetStock getStock;
    private final SetStock setStock;
    private final GetReservation getReservation;

    @Inject
    public InventoryGrpcService(GetStock getStock, SetStock setStock, GetReservation getReservation) {
        this.getStock = getStock;
        this.setStock = setStock;
        this.getReservation = getReservation;
    }

    @Override
    public void getStock(GetStockRequest request, StreamObserver<Stock> response) {
        response.onNext(toProto(getStock.get(request.getProductId())));
        response.onCompleted();
    }

    @Override
    public void batchGetStock(BatchGetStockRequest request, StreamObserver<BatchGetStockResponse> response) {
        GetStock.Batch batch = getStock.get(request.getProductIdsList());
        var reply = BatchGetStockResponse.newBuilder().addAllMissingIds(batch.missingIds());
        batch.stocks().forEach(stock -> reply.addStocks(toProto(stock)));
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void setStock(SetStockRequest request, StreamObserver<Stock> response) {
        response.onNext(toProto(setStock.set(CallerContext.caller(), new SetStock.Command(request.getProductId(),
                request.getAvailable(), request.getReason(),
                request.hasExpectedAvailable() ? request.getExpectedAvailable() : null))));
        response.onCompleted();
    }

    @Override
    public void getReservation(GetReservationRequest request, StreamObserver<Reservation> response) {
        var reservation = getReservation.get(CallerContext.caller(), request.getOrderId());
        var reply = Reservation.newBuilder()
                .setOrderId(reservation.orderId().toString())
                .setStatus(ReservationStatus.valueOf("RESERVATION_STATUS_" + reservation.status().name()))
                .setExpiresAt(StoreGrpcService.timestamp(reservation.expiresAt()))
                .setCustomerId(reservation.customerId())
                .setReason(reservation.reason())
                .setCreatedAt(StoreGrpcService.timestamp(reservation.createdAt()))
                .setUpdatedAt(StoreGrpcService.timestamp(reservation.updatedAt()));
        reservation.lines().forEach(line -> reply.addLines(ReservationLine.newBuilder()
                .setProductId(line.productId().toString()).setQuantity(line.quantity())));
        response.onNext(reply.build());
        response.onCompleted();
    }

    static Stock toProto(dev.bazaar.store.domain.inventory.Stock stock) {
        return Stock.newBuilder()
                .setProductId(stock.productId().toString())
                .setAvailable(stock.available())
                .setReserved(stock.reserved())
                .setSold(stock.sold())
                .setUpdatedAt(StoreGrpcService.timestamp(stock.updatedAt()))
                .build();
    }
}
