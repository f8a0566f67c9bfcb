package dev.bazaar.bff.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The public REST API of the shop for browsers and phones, under /api/v1. */
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "Bazaar API", version = "v1",
        description = "The shop's REST API for browsers and phones. Errors are RFC 9457 application/problem+json."))
public class BffRestApplication extends Application {
}
