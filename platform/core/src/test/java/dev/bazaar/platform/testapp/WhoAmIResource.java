package dev.bazaar.platform.testapp;

import dev.bazaar.platform.security.token.CallerContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Endpoints of each access rule, answering who the caller is. */
@Path("/whoami")
@ApplicationScoped
public class WhoAmIResource {

    @GET
    @Path("/anyone")
    @PermitAll
    public String anyone() {
        return CallerContext.caller().isAnonymous() ? "anonymous" : CallerContext.caller().userId();
    }

    /** No annotation: signed in. */
    @GET
    @Path("/signed-in")
    public String signedIn(@Context SecurityContext security) {
        return security.getUserPrincipal().getName() + " " + CallerContext.caller().roles();
    }

    @GET
    @Path("/sellers")
    @RolesAllowed("seller")
    public String sellers() {
        return CallerContext.caller().userId();
    }
}
