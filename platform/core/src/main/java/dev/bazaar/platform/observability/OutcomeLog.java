package dev.bazaar.platform.observability;

import org.apache.logging.log4j.ThreadContext;

import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one line written per HTTP request, gRPC call and consumed message: a readable message, and
 * for the JSON layout (Kubernetes) the same facts as fields of their own, named as ECS and
 * OpenTelemetry name them ({@code event.outcome}, {@code event.duration}, {@code http.route},
 * {@code rpc.method}, ...), beside {@code trace.id}, {@code span.id} and {@code service.name}. So
 * Elasticsearch can filter on them without parsing the message.
 */
public final class OutcomeLog {

    private OutcomeLog() {
    }

    /** {@code event.outcome} as ECS defines it. */
    public static String outcome(boolean success) {
        return success ? "success" : "failure";
    }

    /**
     * Logs the line with {@code fields} in the logging context for this one line (the JSON layout
     * writes every context entry as a field; the text layout shows only the message).
     */
    public static void log(Logger logger, Level level, Supplier<String> message, Map<String, String> fields, Throwable error) {
        if (!logger.isLoggable(level)) {
            return;
        }
        fields.forEach(ThreadContext::put);
        try {
            if (error == null) {
                logger.log(level, message);
            } else {
                logger.log(level, error, message);
            }
        } finally {
            fields.keySet().forEach(ThreadContext::remove);
        }
    }
}
