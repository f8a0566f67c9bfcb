package dev.bazaar.order.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST side of order-service: operational endpoints; clients reach it through web-bff. */
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "order-service", version = "v1",
        description = "Internal REST surface of order-service. Clients use web-bff's /api/v1."))
public class OrderRestApplication extends Application {
}
