package io.zhaoshang.platform.event;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Joins the hand-carried {@code traceparent} (request header, outbox row, Kafka header) with
 * OpenTelemetry. With the OpenTelemetry Java agent attached, the API below is bridged to the agent's
 * SDK: the server span of a request, the Kafka producer span of the relay and the processing span of a
 * consumer all land in one trace. Without the agent no span is ever recorded, and the traceparent is
 * carried exactly as before.
 */
public final class Tracing {

    private static final String SCOPE = "io.zhaoshang.platform";

    private Tracing() {
    }

    /**
     * The current span as a traceparent, or null when no span is recorded here (no agent, or no sampled span).
     * A recorded span only: without the agent, the context API still carries the parents made current below,
     * and the hand-carried traceparent must stay exactly what it was.
     */
    public static String currentTraceparent() {
        Span current = Span.current();
        if (!current.isRecording()) {
            return null;
        }
        SpanContext span = current.getSpanContext();
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /**
     * Makes a stored traceparent the current context until the scope closes, so that what runs meanwhile
     * (the agent's Kafka producer span) is its child. A missing or malformed traceparent changes nothing.
     */
    public static Scope asParent(String traceparent) {
        return asContext(traceparent).map(Context::makeCurrent).orElse(Scope.noop());
    }

    /**
     * Work under this scope is not recorded (a parent that is not sampled, so the agent's spans of it are
     * dropped) unless it makes another context current.
     */
    public static Scope unsampled() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        SpanContext notSampled = SpanContext.create(TraceId.fromLongs(random.nextLong(), random.nextLong() | 1),
                SpanId.fromLong(random.nextLong() | 1), TraceFlags.getDefault(), TraceState.getDefault());
        return Context.root().with(Span.wrap(notSampled)).makeCurrent();
    }

    /** A context whose span is the one a stored traceparent names; empty when it is missing or malformed. */
    public static Optional<Context> asContext(String traceparent) {
        return Optional.ofNullable(parse(traceparent)).map(parent -> Context.root().with(Span.wrap(parent)));
    }

    /**
     * Runs the handling of a consumed event inside a consumer span whose parent is the event's
     * traceparent (the producer's span), so the work it causes, its SQL and the events it writes in turn,
     * continue the producer's trace.
     */
    public static <T> T consuming(String topic, IncomingEvent event, Supplier<T> work) {
        SpanContext parent = parse(event.traceparent());
        Tracer tracer = GlobalOpenTelemetry.getTracer(SCOPE);
        Span span = tracer.spanBuilder(topic + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parent == null ? Context.root() : Context.root().with(Span.wrap(parent)))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /** The span context a W3C traceparent names, or null when it is not a valid one. */
    static SpanContext parse(String traceparent) {
        if (traceparent == null || !Traceparent.isValid(traceparent)) {
            return null;
        }
        String[] parts = traceparent.trim().split("-");
        SpanContext context = SpanContext.createFromRemoteParent(parts[1], parts[2],
                TraceFlags.fromHex(parts[3], 0), TraceState.getDefault());
        return context.isValid() ? context : null;
    }
}
