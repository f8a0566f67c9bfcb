package dev.bazaar.bff.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The public REST API of the shop for browsers and phones, under /api/v1. Access tokens from
 * /api/v1/auth/login go in {@code Authorization: Bearer}; an endpoint is public only when it says
 * {@code @PermitAll} (see the platform's RestAuthentication).
 */
@ApplicationScoped
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIDefinition(info = @Info(title = "Bazaar API", version = "v1",
        description = "The shop's REST API for browsers and phones. Errors are RFC 9457 application/problem+json."))
public class BffRestApplication extends Application {
}
