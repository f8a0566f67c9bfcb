package dev.bazaar.platform.observability;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;

import java.util.List;

/**
 * A trace starts where work enters a service: an HTTP request, a gRPC call, a consumed message,
 * a relayed event. A client span without a parent (a timer's or a health check's database
 * statement, a service token fetched at start) would be a trace of one span each: it is dropped
 * (its ids stay valid, unsampled, so whatever it calls drops its spans too). Everything else is
 * decided by the configured sampler ({@code OTEL_TRACES_SAMPLER}, by default parent-based: a
 * caller's sampling decision, Istio's 10 % in the cluster, is kept along the whole trace).
 */
final class WhereWorkEnters implements Sampler {

    private final Sampler delegate;

    WhereWorkEnters(Sampler delegate) {
        this.delegate = delegate;
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                       Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return delegate.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "WhereWorkEnters{" + delegate.getDescription() + "}";
    }
}
