package io.zhaoshang.leads.conversion;

import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadView;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads/{id}/conversions")
@Tag(name = "leads", description = "Leads 招商线索")
@Produces(MediaType.APPLICATION_JSON)
public class ConversionResource {

    private final ConversionService conversions;
    private final Idempotency idempotency;

    ConversionResource(ConversionService conversions, Idempotency idempotency) {
        this.conversions = conversions;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER})
    @Operation(operationId = "convertLead", summary = "Convert a lead into a project 线索转化",
            description = "The owner team or the administration hands an ASSESSED lead to projects-service, which "
                    + "creates its project (在谈) from zhaoshang.lead.converted.v1. The credit split sent is that of a "
                    + "collision on the lead adjudicated SHARE, else the owner team alone. The lead stays ASSESSED, "
                    + "with `conversion.requestedAt`, until projects announces the project; then it is CONVERTED "
                    + "with `conversion.projectId`. A converting lead is not recycled, its timers stop, and its "
                    + "status and owner are fixed. `If-Match` is checked when given. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "202", description = "Handed over: the lead, converting",
            content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "403", description = "`lead-not-yours`: the lead is not held by the caller's team.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such lead the caller may see.")
    @APIResponse(responseCode = "409", description = "`lead-not-assessed` (member `leadStatus`), "
            + "`lead-already-converted` (member `projectId`, null while the project is on its way), "
            + "`lead-in-public-pool`: a project needs an owner team, `lead-collision-open`: a collision on the lead "
            + "awaits adjudication (member `collisionIds`).")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the lead changed since it was read.")
    @APIResponse(responseCode = "422", description = "`idempotency-key-reused`.")
    public Response convert(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the lead as last read; optional.") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Repeat the conversion safely: the same key returns the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "convert-lead", id, () -> {
            Lead lead = conversions.convert(id, ifMatch);
            return Response.accepted(LeadView.of(lead)).location(URI.create("/api/v1/leads/" + lead.id))
                    .tag(ETags.of(lead.version)).build();
        });
    }
}
