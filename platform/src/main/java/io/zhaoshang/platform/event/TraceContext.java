package io.zhaoshang.platform.event;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** The trace an HTTP request or a consumed event belongs to, so the events it causes carry it on. */
@RequestScoped
public class TraceContext {

    private String traceparent;

    /**
     * The traceparent for events written now: the current span's when the OpenTelemetry agent traces this
     * work (the request's server span, a consumer's processing span), else the one carried by hand; outside
     * a request or event, a new trace.
     */
    public static String current() {
        String span = Tracing.currentTraceparent();
        if (span != null) {
            return span;
        }
        if (!Arc.container().requestContext().isActive()) {
            return Traceparent.continueOrStart(null);
        }
        // through a method: the bean is a client proxy, whose own fields are never set
        return Arc.container().instance(TraceContext.class).get().traceparent();
    }

    String traceparent() {
        if (traceparent == null) {
            traceparent = Traceparent.continueOrStart(null);
        }
        return traceparent;
    }

    /** Continues the trace of whatever caused the current work (a request header, a consumed event). */
    public void adopt(String incomingTraceparent) {
        this.traceparent = Traceparent.continueOrStart(incomingTraceparent);
    }

    /** Reads the caller's {@code traceparent} header on every HTTP request. */
    public static class Filter {

        private final TraceContext context;

        Filter(TraceContext context) {
            this.context = context;
        }

        @ServerRequestFilter
        public void adoptFromRequest(ContainerRequestContext request) {
            context.adopt(request.getHeaderString("traceparent"));
        }
    }
}
