package io.zhaoshang.platform.web;

import io.zhaoshang.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query holding the NUL character ({@code %00}) with a 400 problem: no identifier or
 * filter contains one, and PostgreSQL cannot even compare text with it (it would end as a 500).
 */
public class NulInUrl {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (hasNul(path) || hasNul(query)) {
            throw ProblemException.badRequest("nul-character");
        }
    }

    static boolean hasNul(String raw) {
        return raw != null && raw.toLowerCase(Locale.ROOT).contains("%00");
    }
}
