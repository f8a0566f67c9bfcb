package dev.bazaar.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.apache.logging.log4j.ThreadContext;

import java.util.Optional;

/**
 * The current trace and span ids, and their copy in the logging context: every log line written
 * while a request or message is handled carries {@code trace_id} and {@code span_id}.
 */
public final class TraceIds {

    public static final String TRACE_ID = "trace_id";
    public static final String SPAN_ID = "span_id";

    private TraceIds() {
    }

    public static Optional<String> currentTraceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }

    /** Puts the span's ids into the logging context of this thread. */
    public static void putInLogContext(Span span) {
        SpanContext context = span.getSpanContext();
        if (context.isValid()) {
            ThreadContext.put(TRACE_ID, context.getTraceId());
            ThreadContext.put(SPAN_ID, context.getSpanId());
        }
    }

    public static void clearLogContext() {
        ThreadContext.remove(TRACE_ID);
        ThreadContext.remove(SPAN_ID);
    }
}
