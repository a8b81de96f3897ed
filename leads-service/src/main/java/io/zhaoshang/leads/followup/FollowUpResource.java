package io.zhaoshang.leads.followup;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/follow-ups")
@Tag(name = "follow-ups", description = "Follow-up records 跟进记录")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final FollowUpService followUps;
    private final Idempotency idempotency;

    FollowUpResource(FollowUpService followUps, Idempotency idempotency) {
        this.followUps = followUps;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER})
    @Operation(operationId = "logFollowUp", summary = "Log a follow-up 登记跟进记录",
            description = "A visit, meeting, call, promotion event or site inspection about one or more leads. Team "
                    + "leads and members log them on their own team's leads (a lead of the public pool is claimed "
                    + "first); the administration on any active lead. Renews the protection (保护期) of each lead and "
                    + "feeds its service timers. Announced by zhaoshang.follow-up.logged.v1. Honours "
                    + "`Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`, `invalid-enum-value` (kind).")
    @APIResponse(responseCode = "403", description = "`lead-not-yours`: a lead is held by another team; "
            + "`team-missing`.")
    @APIResponse(responseCode = "409", description = "`lead-not-claimed`: a lead of the public pool (公海), to be "
            + "claimed first (member `leadId`); `lead-closed`: converted, lost or invalid.")
    @APIResponse(responseCode = "422", description = "`follow-up-date-in-future`, `follow-up-before-lead` (the day is "
            + "before the lead was reported), `unknown-lead`, `idempotency-key-reused`.")
    public Response log(@Valid @NotNull FollowUpRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "log-follow-up", request, () -> {
            FollowUp followUp = followUps.log(request);
            return Response.created(URI.create("/api/v1/follow-ups/" + followUp.id))
                    .tag(ETags.of(followUp.version))
                    .entity(FollowUpView.of(followUp))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getFollowUp", summary = "Read a follow-up 查看跟进记录",
            description = "Seen by whoever sees one of its leads.")
    @APIResponse(responseCode = "200", description = "The follow-up",
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such follow-up the caller may see.")
    public Response get(@PathParam("id") UUID id) {
        FollowUp followUp = followUps.get(id);
        return Response.ok(FollowUpView.of(followUp)).tag(ETags.of(followUp.version)).build();
    }
}
