package io.zhaoshang.parks.zone;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Idempotency;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/zones")
@Tag(name = "zones", description = "Zones 开发区/高新区")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZoneResource {

    private final ZoneService zones;
    private final Idempotency idempotency;

    ZoneResource(ZoneService zones, Idempotency idempotency) {
        this.zones = zones;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "registerZone", summary = "Register a zone 登记开发区",
            description = "The code must be the `zone` claim of the caller's token. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ZoneView.class)))
    @APIResponse(responseCode = "409", description = "The code is registered already (zone-code-taken)")
    @APIResponse(responseCode = "422", description = "Unknown time zone, or an Idempotency-Key reused with another body")
    public Response register(@Valid @NotNull ZoneRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "register-zone", request, () -> {
            Zone zone = zones.register(request);
            return Response.created(URI.create("/api/v1/zones/" + zone.id))
                    .tag(ETags.of(zone.version))
                    .entity(ZoneView.of(zone))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getZone", summary = "Read a zone 查看开发区")
    @APIResponse(responseCode = "200", description = "The zone, with its version as ETag",
            content = @Content(schema = @Schema(implementation = ZoneView.class)))
    @APIResponse(responseCode = "404", description = "No such zone for the caller (not-found)")
    public Response get(@PathParam("id") UUID id) {
        Zone zone = zones.get(id);
        return Response.ok(ZoneView.of(zone)).tag(ETags.of(zone.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listZones", summary = "List zones 开发区列表",
            description = "The zones the caller may see (their own), oldest first.")
    @APIResponse(responseCode = "200", description = "One page of zones")
    public Page<ZoneView> list(@BeanParam PageParams page) {
        return zones.list(page.request()).map(ZoneView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "changeZone", summary = "Change a zone 修改开发区",
            description = "Needs `If-Match` with the ETag last read; the code cannot change.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = ZoneView.class)))
    @APIResponse(responseCode = "404", description = "No such zone for the caller (not-found)")
    @APIResponse(responseCode = "409", description = "Changed concurrently by someone else (concurrent-modification)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag (precondition-failed)")
    @APIResponse(responseCode = "422", description = "The code cannot change, or the time zone is unknown")
    @APIResponse(responseCode = "428", description = "If-Match is missing (if-match-required)")
    public Response change(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ZoneRequest request) {
        Zone zone = zones.change(id, ifMatch, request);
        return Response.ok(ZoneView.of(zone)).tag(ETags.of(zone.version)).build();
    }
}
