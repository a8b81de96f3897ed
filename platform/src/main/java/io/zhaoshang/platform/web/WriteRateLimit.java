package io.zhaoshang.platform.web;

import io.vertx.core.http.HttpServerRequest;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A per-client limit on writes (POST, PUT, PATCH, DELETE), so that one runaway integration cannot
 * starve the others: a bucket of {@code zhaoshang.http.write-rate.burst} writes (default 500) per
 * client, refilled at {@code zhaoshang.http.write-rate.per-second} (default 50; 0 turns the limit
 * off). Beyond it: 429 {@code too-many-writes} with {@code Retry-After}, before anything is read.
 *
 * <p>A client is its bearer token (a system's credential), or its address without one. The limit is
 * per instance: behind N replicas a client may write N times as much.
 */
public class WriteRateLimit {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final TokenBuckets buckets;

    public WriteRateLimit(
            @ConfigProperty(name = "zhaoshang.http.write-rate.per-second", defaultValue = "50") double perSecond,
            @ConfigProperty(name = "zhaoshang.http.write-rate.burst", defaultValue = "500") int burst) {
        this.buckets = perSecond > 0 ? new TokenBuckets(perSecond, burst) : null;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request, HttpServerRequest http) {
        if (buckets == null || !WRITES.contains(request.getMethod())) {
            return;
        }
        String authorization = request.getHeaderString("Authorization");
        String client = authorization != null ? authorization : "address " + http.remoteAddress().hostAddress();
        long waitNanos = buckets.take(client, System.nanoTime());
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            throw new ProblemException(429, "too-many-writes", seconds).withHeader("Retry-After", String.valueOf(seconds));
        }
    }
}
