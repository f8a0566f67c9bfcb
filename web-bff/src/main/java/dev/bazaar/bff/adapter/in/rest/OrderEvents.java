package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.application.FollowOrder;
import dev.bazaar.bff.application.OrderStatusStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import org.glassfish.jersey.server.ChunkedOutput;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes an order's status stream as Server-Sent Events (text/event-stream). Jersey's SSE module
 * is not part of this Helidon, and the format is a few kinds of line, so it is written by hand: a
 * {@code status} event per status, a comment as heartbeat (proxies keep the connection, and a
 * client that went away is noticed), {@code end} at a terminal status. Everything that can fail
 * before the first byte (authorization, no such order, order-service down) is thrown before the
 * stream starts and so becomes a problem+json answer like any other.
 */
@ApplicationScoped
public class OrderEvents {

    static final String MEDIA_TYPE = "text/event-stream";
    private static final Logger LOG = Logger.getLogger(OrderEvents.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private final FollowOrder followOrder;
    private final Duration heartbeat;
    private final Duration maxDuration;

    @Inject
    public OrderEvents(FollowOrder followOrder, MetricRegistry metrics,
                       @ConfigProperty(name = "bazaar.bff.order-events.heartbeat", defaultValue = "PT15S")
                       Duration heartbeat,
                       @ConfigProperty(name = "bazaar.bff.order-events.max-duration", defaultValue = "PT10M")
                       Duration maxDuration) {
        this.followOrder = followOrder;
        this.heartbeat = heartbeat;
        this.maxDuration = maxDuration;
        metrics.gauge(Metadata.builder().withName("bff_order_streams_open")
                .withDescription("Live order status streams open on this instance").build(), followOrder,
                FollowOrder::openStreams);
    }

    /** The status event's data. */
    public record StatusEvent(String orderId, String status, String reason, String reasonCode, Instant at) {
    }

    Response stream(String orderId) {
        OrderStatusStream stream = followOrder.follow(orderId);
        // A ChunkedOutput is written and flushed chunk by chunk (a StreamingOutput's flush is held
        // in Jersey's response buffer until 8 KB have gathered), from a thread of its own.
        ChunkedOutput<String> output = new ChunkedOutput<>(String.class);
        // Re-reading the order from that thread must still carry the caller's token to
        // order-service: the caller's context (CallerContext) goes with it.
        Thread.ofVirtual().name("order-events-" + orderId)
                .start(io.grpc.Context.current().wrap(() -> write(stream, output)));
        return Response.ok(output, MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                // Tells nginx-like proxies not to buffer the stream.
                .header("X-Accel-Buffering", "no")
                .build();
    }

    private void write(OrderStatusStream stream, ChunkedOutput<String> output) {
        long until = System.nanoTime() + maxDuration.toNanos();
        try (stream; output) {
            output.write("retry: 3000\n\n");
            output.write(status(stream.current()));
            while (!stream.ended() && System.nanoTime() < until) {
                Optional<OrderStatusStream.Update> next = stream.next(heartbeat);
                if (next.isPresent()) {
                    output.write(status(next.get()));
                } else if (!stream.ended()) {
                    output.write(": keep-alive\n\n");
                }
            }
            if (isTerminal(stream.current().status())) {
                output.write("event: end\ndata: " + stream.current().status() + "\n\n");
            }
        } catch (IOException e) {
            // The client went away: nothing to tell anyone.
            LOG.log(Level.FINE, "order stream of " + stream.current().orderId() + " lost its client", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Re-reading the order failed (order-service away, the token expired meanwhile): end
            // the stream; the client reconnects, with a fresh token, and gets a proper answer then.
            LOG.log(Level.FINE, "order stream of " + stream.current().orderId() + " ends early", e);
        }
    }

    private static boolean isTerminal(String status) {
        return "APPROVED".equals(status) || "REJECTED".equals(status) || "CANCELLED".equals(status);
    }

    private static String status(OrderStatusStream.Update update) {
        return "event: status\ndata: " + JSON.toJson(new StatusEvent(update.orderId(), update.status(),
                update.reason(), update.reasonCode(), update.at())) + "\n\n";
    }
}
