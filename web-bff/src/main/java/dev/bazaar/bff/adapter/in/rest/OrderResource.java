package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.adapter.in.rest.OrderJson.CancelOrderRequest;
import dev.bazaar.bff.adapter.in.rest.OrderJson.OrderAccepted;
import dev.bazaar.bff.adapter.in.rest.OrderJson.OrderBody;
import dev.bazaar.bff.adapter.in.rest.OrderJson.OrderListBody;
import dev.bazaar.bff.adapter.in.rest.OrderJson.PlaceOrderRequest;
import dev.bazaar.bff.application.CancelOrder;
import dev.bazaar.bff.application.ListMyOrders;
import dev.bazaar.bff.application.OrderView;
import dev.bazaar.bff.application.PlaceOrder;
import dev.bazaar.bff.application.ShowOrder;
import dev.bazaar.bff.application.port.out.Orders;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.rest.Problem;
import dev.bazaar.platform.rest.RestAuthentication;
import dev.bazaar.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * {@code /api/v1/orders}: customers place orders and follow them. Checkout is asynchronous: placing
 * answers 202 with the order PENDING; its status then moves on (GET the order, or its event
 * stream). order-service checks every field and who may; errors are problem+json.
 */
@Path("/api/v1/orders")
@ApplicationScoped
@Tag(name = "orders", description = "Customers' orders and their checkout")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OrderResource {

    private final PlaceOrder placeOrder;
    private final ShowOrder showOrder;
    private final ListMyOrders listMyOrders;
    private final CancelOrder cancelOrder;
    private final OrderEvents orderEvents;

    @Inject
    public OrderResource(PlaceOrder placeOrder, ShowOrder showOrder, ListMyOrders listMyOrders,
                         CancelOrder cancelOrder, OrderEvents orderEvents) {
        this.orderEvents = orderEvents;
        this.placeOrder = placeOrder;
        this.showOrder = showOrder;
        this.listMyOrders = listMyOrders;
        this.cancelOrder = cancelOrder;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.CUSTOMER)
    @Operation(summary = "Place an order", description = "Takes each product's current name and price; the "
            + "checkout then reserves the stock and pays from the wallet. Safe to retry with the same "
            + "Idempotency-Key: the first order is returned.")
    @APIResponse(responseCode = "202", description = "Placed, PENDING; Location is the order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderAccepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or no Idempotency-Key, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A product does not exist or cannot be ordered, each named "
            + "(business-rule-violated), or the Idempotency-Key was used for other lines (idempotency-key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The catalogue cannot be reached; retry with the same key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response place(
            @Parameter(in = ParameterIn.HEADER, required = true, description = "1 to 128 printable ASCII characters, "
                    + "new for every order (a UUID is a good choice)")
            @HeaderParam(Orders.IDEMPOTENCY_KEY) String idempotencyKey,
            PlaceOrderRequest body) {
        PlaceOrderRequest request = body == null ? PlaceOrderRequest.EMPTY : body;
        List<Orders.LineRequest> lines = request.lines() == null ? List.of() : request.lines().stream()
                .map(line -> line == null ? new Orders.LineRequest(null, 0)
                        : new Orders.LineRequest(line.productId(), line.quantity() == null ? 0 : line.quantity()))
                .toList();
        OrderView order = placeOrder.place(idempotencyKey, lines);
        return Response.accepted(new OrderAccepted(order.id(), order.status()))
                .location(URI.create("/api/v1/orders/" + order.id()))
                .build();
    }

    @GET
    @RolesAllowed(Caller.CUSTOMER)
    @Operation(summary = "My orders", description = "Newest first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderListBody.class)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderListBody list(
            @Parameter(description = "1 to 100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return OrderListBody.of(listMyOrders.list(limit(limit), cursor));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(RestAuthentication.SIGNED_IN)
    @Operation(summary = "An order", description = "Its customer's, or any for an admin.")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderBody.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another customer's order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderBody order(@PathParam("id") String id) {
        return OrderBody.of(showOrder.show(id));
    }

    @GET
    @Path("/{id}/events")
    @Produces({OrderEvents.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(RestAuthentication.SIGNED_IN)
    @Operation(summary = "Follow an order's status live", description = "A text/event-stream (Server-Sent Events): "
            + "first `event: status` with the order's status now, then one `status` event per change, each "
            + "`data` a JSON object {orderId, status, reason, reasonCode, at}; comment lines as heartbeats; at a "
            + "terminal status (APPROVED, REJECTED, CANCELLED) an `event: end` and the stream closes. It may also "
            + "close earlier (server restart, maximum duration): reconnect, the first event tells the status then. "
            + "Send the access token in the Authorization header (read the stream with fetch: EventSource "
            + "cannot send it). The order's customer or an admin only.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = OrderEvents.MEDIA_TYPE, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another customer's order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "order-service cannot be reached, or too many streams here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response events(@PathParam("id") String id) {
        return orderEvents.stream(id);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RestAuthentication.SIGNED_IN)
    @Operation(summary = "Cancel an order", description = "Before it is approved. Its stock is released and any "
            + "payment refunded, shortly after.")
    @APIResponse(responseCode = "200", description = "The order, CANCELLED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderBody.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or the reason is too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another customer's order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The order has ended already (approved, rejected or cancelled)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderBody cancel(@PathParam("id") String id, CancelOrderRequest body) {
        return OrderBody.of(cancelOrder.cancel(id, body == null ? null : body.reason()));
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw ApplicationException.invalid("limit", "must be a whole number between 1 and 100");
        }
    }
}
