package io.zhaoshang.platform.web;

import io.zhaoshang.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body longer than {@code zhaoshang.http.max-body-bytes} (default 262144) from its
 * Content-Length with a 413 problem, before anything reads it. Vert.x'
 * {@code quarkus.http.limits.max-body-size} must be set higher: it is the hard stop for chunked
 * bodies, which carry no length, and answers 413 without a problem body.
 */
public class BodyLimit {

    private final long maxBodyBytes;

    public BodyLimit(
            @ConfigProperty(name = "zhaoshang.http.max-body-bytes", defaultValue = "262144") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (request.getLength() > maxBodyBytes) {
            throw new ProblemException(413, "payload-too-large", maxBodyBytes);
        }
    }
}
