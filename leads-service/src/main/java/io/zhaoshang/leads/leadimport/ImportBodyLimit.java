package io.zhaoshang.leads.leadimport;

import io.zhaoshang.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the usual body limit on every path but the import's. The platform's BodyLimit knows one
 * limit for the whole service, so leads raises it ({@code zhaoshang.http.max-body-bytes}) to the
 * import's and this filter refuses, from the Content-Length, a larger body than
 * {@code zhaoshang.leads.max-json-body-bytes} anywhere else. The import counts the bytes it spools
 * itself (a chunked body has no length).
 */
public class ImportBodyLimit {

    private static final String IMPORT_PATH = "/api/v1/lead-imports";

    private final long maxBodyBytes;

    public ImportBodyLimit(@ConfigProperty(name = "zhaoshang.leads.max-json-body-bytes") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (request.getLength() > maxBodyBytes && !request.getUriInfo().getPath().equals(IMPORT_PATH)) {
            throw new ProblemException(413, "payload-too-large", maxBodyBytes);
        }
    }
}
