package io.zhaoshang.leads.pool;

import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadView;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads")
@Tag(name = "pools", description = "Public and team pools 公海/私海")
@Produces(MediaType.APPLICATION_JSON)
public class PoolResource {

    private final PoolService pool;

    PoolResource(PoolService pool) {
        this.pool = pool;
    }

    @POST
    @Path("/{id}/claims")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.TEAM_MEMBER})
    @Operation(operationId = "claimLead", summary = "Claim a lead of the public pool 认领公海线索",
            description = "The caller's team takes the lead and holds it for the protection period of the zone's "
                    + "pool settings. Of concurrent claims exactly one wins. Announced by zhaoshang.lead.claimed.v1.")
    @APIResponse(responseCode = "200", description = "Claimed: the lead, now held by the caller's team",
            content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "403", description = "`team-missing`: the token names no team.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such lead in the caller's zone.")
    @APIResponse(responseCode = "409", description = "`lead-owned`: another team holds it; `lead-already-yours`; "
            + "`lead-closed`: converted, lost or invalid; `reclaim-cooldown`: the team held it until lately and may "
            + "claim it again from `until`; `team-lead-cap-reached`: the team holds `maxLeadsPerTeam` leads.")
    @APIResponse(responseCode = "422", description = "`unknown-team`: the caller's team is not known to leads.")
    public Response claim(@PathParam("id") UUID id) {
        Lead lead = pool.claim(id);
        return Response.ok(LeadView.of(lead)).tag(ETags.of(lead.version)).build();
    }

    @POST
    @Path("/{id}/releases")
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER})
    @Operation(operationId = "releaseLead", summary = "Release a lead to the public pool 释放线索至公海",
            description = "The owner team or the administration. The team that held it may claim it again only "
                    + "after the re-claim cooldown. Announced by zhaoshang.lead.released.v1.")
    @APIResponse(responseCode = "200", description = "Released: the lead, now in the public pool",
            content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "403", description = "`lead-not-yours`: the lead is not held by the caller's team.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such lead the caller may see.")
    @APIResponse(responseCode = "409", description = "`lead-in-public-pool`: nobody holds it.")
    public Response release(@PathParam("id") UUID id) {
        Lead lead = pool.release(id);
        return Response.ok(LeadView.of(lead)).tag(ETags.of(lead.version)).build();
    }
}
