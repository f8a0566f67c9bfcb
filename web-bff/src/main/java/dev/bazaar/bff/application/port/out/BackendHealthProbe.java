package dev.bazaar.bff.application.port.out;

/** Asks one backend service whether it is serving. */
public interface BackendHealthProbe {

    /** True when the backend answered SERVING within its deadline; false on any failure. */
    boolean isServing(String backend);
}
