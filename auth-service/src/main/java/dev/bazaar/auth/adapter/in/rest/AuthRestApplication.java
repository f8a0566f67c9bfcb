package dev.bazaar.auth.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST side of auth-service: operational endpoints; clients reach it through web-bff. */
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "auth-service", version = "v1",
        description = "Internal REST surface of auth-service. Clients use web-bff's /api/v1."))
public class AuthRestApplication extends Application {
}
