package dev.bazaar.launcher;

/**
 * A component could not be started. The message is meant for a person at a terminal: it says
 * what failed, why if known, and ends with the tail of the component's log.
 */
public class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
