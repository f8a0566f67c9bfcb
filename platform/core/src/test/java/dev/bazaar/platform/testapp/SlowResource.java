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

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SlowResource.class.getName());

    /** Logged when a slow request has reached its handler. */
    public static final String STARTED = "slow http request started";

    @GET
    public String slow(@QueryParam("millis") long millis) throws InterruptedException {
        LOG.info(STARTED); // tests wait for this line before they signal the process
        Thread.sleep(millis);
        return "finished after " + millis + " ms";
    }
}
