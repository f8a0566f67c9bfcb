package dev.bazaar.platform.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** A request that takes as long as it is told: what a shutdown must let finish. */
@Path("/slow")
@ApplicationScoped
@PermitAll
public class SlowResource {

    /** Printed when a slow request has reached its handler. */
    public static final String STARTED = "slow http request started";

    @GET
    public String slow(@QueryParam("millis") long millis) throws InterruptedException {
        System.out.println(STARTED); // tests wait for this before they signal the process
        Thread.sleep(millis);
        return "finished after " + millis + " ms";
    }
}
