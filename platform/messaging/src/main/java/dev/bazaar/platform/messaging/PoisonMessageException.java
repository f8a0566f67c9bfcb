package dev.bazaar.platform.messaging;

/**
 * A message that can never be handled, whatever the retries (malformed payload, unknown schema
 * version): it goes to the dead-letter topic at once.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
