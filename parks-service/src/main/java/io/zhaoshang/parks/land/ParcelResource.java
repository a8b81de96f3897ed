package io.zhaoshang.parks.land;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Idempotency;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/parcels")
@Tag(name = "parcels", description = "Parcels 地块 of the land indicator pool (土地指标池)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParcelResource {

    private final ParcelService parcels;
    private final Idempotency idempotency;

    ParcelResource(ParcelService parcels, Idempotency idempotency) {
        this.parcels = parcels;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "registerParcel", summary = "Register a parcel 登记地块",
            description = "Adds a parcel of a PLANNED or ACTIVE park of the caller's zone to the land pool, RESERVE "
                    + "(储备) unless the request says AVAILABLE (可供). Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {
                @Header(name = "ETag", description = "Version of the parcel.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Location", description = "Path of the new parcel.",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ParcelView.class)))
    @APIResponse(responseCode = "409", description = "The zone has a parcel with this code (parcel-code-taken)")
    @APIResponse(responseCode = "422", description = "The park is not a park of the caller's zone (unknown-park) or is "
            + "merged or retired (park-not-open), or the Idempotency-Key was used with another body "
            + "(idempotency-key-reused)")
    public Response register(@Valid @NotNull ParcelRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "register-parcel", request, () -> {
            Parcel parcel = parcels.register(request);
            return Response.created(URI.create("/api/v1/parcels/" + parcel.id))
                    .tag(ETags.of(parcel.version))
                    .entity(ParcelView.of(parcel))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getParcel", summary = "Read a parcel 查看地块")
    @APIResponse(responseCode = "200", description = "The parcel, with its version as ETag",
            headers = @Header(name = "ETag", description = "Version of the parcel.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParcelView.class)))
    @APIResponse(responseCode = "404", description = "No such parcel in the caller's zone (not-found)")
    public Response get(@PathParam("id") UUID id) {
        Parcel parcel = parcels.get(id);
        return Response.ok(ParcelView.of(parcel)).tag(ETags.of(parcel.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listParcels", summary = "List parcels 地块列表",
            description = "The parcels of the caller's zone, oldest first (by id), narrowed by the filters given.")
    @APIResponse(responseCode = "200", description = "One page of parcels")
    @APIResponse(responseCode = "400", description = "A bad limit, cursor or filter (invalid-limit, "
            + "invalid-cursor, invalid-parameter, validation-failed, invalid-enum-value with acceptedValues)")
    public Page<ParcelView> list(@BeanParam PageParams page,
            @Parameter(description = "Only parcels of this park.") @QueryParam("park") UUID park,
            @Parameter(description = "Only parcels with this status.", schema = @Schema(implementation = ParcelStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only parcels with this land use.", schema = @Schema(implementation = LandUse.class))
            @QueryParam("landUse") String landUse,
            @Parameter(description = "Only parcels of at least this area, in mu.", example = "30")
            @QueryParam("minAreaMu") @DecimalMin("0") BigDecimal minAreaMu) {
        return parcels.list(page.request(), park, status, landUse, minAreaMu).map(ParcelView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "changeParcel", summary = "Change a parcel 修改地块",
            description = "Needs `If-Match` with the ETag last read (a reservation, allocation or release makes a new "
                    + "version too). The code cannot change. A RESERVED or ALLOCATED parcel keeps its area, land use, "
                    + "park and status: only its name and location change; a status absent keeps the status.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "Version of the parcel.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParcelView.class)))
    @APIResponse(responseCode = "404", description = "No such parcel in the caller's zone (not-found)")
    @APIResponse(responseCode = "409", description = "The parcel is held for a project and its area, land use, park or "
            + "status would change (parcel-held), or it was changed concurrently (concurrent-modification)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag (precondition-failed)")
    @APIResponse(responseCode = "422", description = "The code cannot change (parcel-code-immutable), or the new park "
            + "is not a park of the caller's zone (unknown-park) or is merged or retired (park-not-open)")
    @APIResponse(responseCode = "428", description = "If-Match is missing (if-match-required)")
    public Response change(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ParcelRequest request) {
        Parcel parcel = parcels.change(id, ifMatch, request);
        return Response.ok(ParcelView.of(parcel)).tag(ETags.of(parcel.version)).build();
    }
}
