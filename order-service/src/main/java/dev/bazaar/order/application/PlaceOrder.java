package dev.bazaar.order.application;

import dev.bazaar.order.application.port.out.Catalog;
import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.IdempotencyKey;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderLine;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.error.FieldViolation;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: a customer places an order. It checks the request, takes a snapshot of every product
 * (name, store, current price) from store-service, and stores the order PENDING together with
 * OrderPlaced and ReserveStock in one transaction. Stock is the saga's business, not checked here.
 *
 * <p>Idempotent per customer and key: a repeat (a client retrying after a timeout) gets the order
 * the first call created, whatever its status; the same key with other lines is refused.
 */
@ApplicationScoped
public class PlaceOrder {

    public record Line(String productId, int quantity) {
    }

    public record Command(String idempotencyKey, List<Line> lines) {
    }

    private final Catalog catalog;
    private final NewOrders newOrders;

    @Inject
    public PlaceOrder(Catalog catalog, NewOrders newOrders) {
        this.catalog = catalog;
        this.newOrders = newOrders;
    }

    // Not one transaction: store-service is asked outside any, so no database connection waits
    // on the network; NewOrders opens a short one for the lookup and one for the insert.
    public Order place(Caller caller, Command command) {
        caller.requireAnyRole(Caller.CUSTOMER);
        var violations = new Violations();
        IdempotencyKey key = violations.check(() -> IdempotencyKey.of(command.idempotencyKey()));
        List<Line> lines = command.lines() == null ? List.of() : command.lines();
        checkLines(lines, violations);
        violations.throwIfAny();

        String fingerprint = fingerprint(lines);
        Optional<Order> earlier = newOrders.repeated(caller, key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<OrderLine> snapshot = snapshot(lines);
        try {
            return newOrders.store(caller, key, fingerprint, snapshot);
        } catch (Orders.DuplicateIdempotencyKey raced) {
            // A concurrent call with the same key committed first: answer as a repeat.
            return newOrders.repeated(caller, key, fingerprint).orElseThrow(() -> raced);
        }
    }

    private static void checkLines(List<Line> lines, Violations violations) {
        if (lines.isEmpty() || lines.size() > Order.MAX_LINES) {
            violations.add("lines", "must have 1 to " + Order.MAX_LINES + " lines");
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String field = "lines[" + i + "]";
            String productId = line.productId() == null ? "" : line.productId();
            try {
                UUID.fromString(productId);
                if (!seen.add(productId.toLowerCase())) {
                    violations.add(field + ".product_id", "names a product that is on another line already");
                }
            } catch (IllegalArgumentException e) {
                violations.add(field + ".product_id", "must be a UUID");
            }
            if (line.quantity() < 1 || line.quantity() > OrderLine.MAX_QUANTITY) {
                violations.add(field + ".quantity", "must be between 1 and " + OrderLine.MAX_QUANTITY);
            }
        }
    }

    /** Names, stores and prices as they are now; refuses products that cannot be ordered. */
    private List<OrderLine> snapshot(List<Line> lines) {
        Catalog.Products products = catalog.products(lines.stream().map(Line::productId).toList());
        Map<String, Catalog.Product> byId = new HashMap<>();
        products.found().forEach(product -> byId.put(product.id().toLowerCase(), product));
        var problems = new ArrayList<FieldViolation>();
        var snapshot = new ArrayList<OrderLine>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Catalog.Product product = byId.get(line.productId().toLowerCase());
            String field = "lines[" + i + "].product_id";
            if (product == null) {
                problems.add(new FieldViolation(field, "product " + line.productId() + " does not exist"));
            } else if (!product.orderable()) {
                problems.add(new FieldViolation(field, "product " + line.productId()
                        + " cannot be ordered (inactive, or its store is closed)"));
            } else {
                snapshot.add(new OrderLine(product.id(), product.storeId(), product.sku(), product.name(),
                        line.quantity(), product.price()));
            }
        }
        if (problems.isEmpty() && snapshot.stream().map(l -> l.unitPrice().currency()).distinct().count() > 1) {
            problems.add(new FieldViolation("lines", "products are priced in different currencies"));
        }
        if (!problems.isEmpty()) {
            throw new ApplicationException(ErrorKind.BUSINESS_RULE, "business-rule-violated",
                    "Some products cannot be ordered.", problems);
        }
        return snapshot;
    }

    /** The same lines in any order give the same fingerprint. */
    static String fingerprint(List<Line> lines) {
        String canonical = String.join(";", lines.stream()
                .map(line -> line.productId().toLowerCase() + "*" + line.quantity())
                .sorted()
                .toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
