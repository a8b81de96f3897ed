package io.zhaoshang.platform.web;

import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.RoutingContext;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body longer than {@code zhaoshang.http.max-body-bytes} (default 262144) from its
 * Content-Length with a 413 problem, before anything reads it; a chunked body, which carries no
 * length, is cut at the same size while it is read (a 413 without a problem body, from Vert.x).
 *
 * <p>The paths of {@code zhaoshang.http.upload-paths} (exact paths of file uploads, such as an
 * import) take up to {@code zhaoshang.http.max-upload-bytes} instead; the endpoint counts a
 * chunked upload itself. Vert.x' {@code quarkus.http.limits.max-body-size} must be set higher than
 * both: it is the hard stop behind them, and answers 413 without a problem body.
 */
public class BodyLimit {

    private final long maxBodyBytes;
    private final List<String> uploadPaths;
    private final long maxUploadBytes;

    public BodyLimit(
            @ConfigProperty(name = "zhaoshang.http.max-body-bytes", defaultValue = "262144") long maxBodyBytes,
            @ConfigProperty(name = "zhaoshang.http.upload-paths") Optional<List<String>> uploadPaths,
            @ConfigProperty(name = "zhaoshang.http.max-upload-bytes", defaultValue = "262144") long maxUploadBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.uploadPaths = uploadPaths.orElse(List.of());
        this.maxUploadBytes = maxUploadBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request, RoutingContext routing) {
        boolean upload = uploadPaths.contains(request.getUriInfo().getPath());
        long limit = upload ? maxUploadBytes : maxBodyBytes;
        if (request.getLength() > limit) {
            throw new ProblemException(413, "payload-too-large", limit);
        }
        if (!upload) {
            routing.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, maxBodyBytes);
        }
    }
}
