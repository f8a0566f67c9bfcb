package dev.bazaar.platform.observability;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Tracing is not the service's business: a collector that does not answer (not deployed yet,
 * restarting) costs one warning when exports start failing and one line when they work again,
 * never a stream of errors, and never a failed request. Spans of failed exports are dropped (the
 * batch processor's queue is bounded). The OTLP exporter's own per-failure log is silenced in
 * log4j2.xml.
 */
final class QuietExporter implements SpanExporter {

    private static final Logger LOG = Logger.getLogger(Tracing.class.getName());

    private final SpanExporter delegate;
    private final String endpoint;
    private final AtomicBoolean failing = new AtomicBoolean();

    QuietExporter(SpanExporter delegate, String endpoint) {
        this.delegate = delegate;
        this.endpoint = endpoint;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        CompletableResultCode result = delegate.export(spans);
        result.whenComplete(() -> {
            if (result.isSuccess()) {
                if (failing.compareAndSet(true, false)) {
                    LOG.info(() -> "Trace export to " + endpoint + " works again");
                }
            } else if (failing.compareAndSet(false, true)) {
                Throwable cause = result.getFailureThrowable();
                LOG.warning(() -> "Trace export to " + endpoint + " fails (" + (cause == null ? "refused" : cause)
                        + "); spans are dropped until it answers. The service is not affected.");
            }
        });
        return result;
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return delegate.shutdown();
    }

    @Override
    public String toString() {
        return "QuietExporter{" + delegate + "}";
    }
}
