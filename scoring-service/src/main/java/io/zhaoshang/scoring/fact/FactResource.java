package io.zhaoshang.scoring.fact;

import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/facts")
@Tag(name = "facts", description = "Facts 考核事实: the lead and project events scoring counts from")
@Produces(MediaType.APPLICATION_JSON)
public class FactResource {

    private final FactService facts;

    FactResource(FactService facts) {
        this.facts = facts;
    }

    @GET
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "listFacts", summary = "List facts 考核事实列表",
            description = "The events of the caller's zone that scoring received, in the order received.")
    @APIResponse(responseCode = "200", description = "One page of facts")
    public Page<FactView> list(
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only facts of this CloudEvents type.", example = "zhaoshang.lead.registered.v1")
            @QueryParam("type") @Pattern(regexp = "[a-z0-9-]+(\\.[a-z0-9-]+)+") String type) {
        return facts.list(PageRequest.of(limit, cursor), type).map(FactView::of);
    }
}
