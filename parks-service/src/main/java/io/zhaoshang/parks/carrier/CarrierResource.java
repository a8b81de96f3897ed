package io.zhaoshang.parks.carrier;

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
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/carriers")
@Tag(name = "carriers", description = "Carriers 载体: factories, offices, incubators and their space leased to projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarrierResource {

    private final CarrierService carriers;
    private final Idempotency idempotency;

    CarrierResource(CarrierService carriers, Idempotency idempotency) {
        this.carriers = carriers;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "registerCarrier", summary = "Register a carrier 登记载体",
            description = "Registers a building or space in a park of the caller's zone, with no space leased yet. "
                    + "Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {
                @Header(name = "ETag", description = "Version of the carrier.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Location", description = "Path of the new carrier.",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CarrierView.class)))
    @APIResponse(responseCode = "409", description = "The zone has a carrier with this code (carrier-code-taken)")
    @APIResponse(responseCode = "422", description = "The park is not a park of the caller's zone (unknown-park) or is "
            + "merged or retired (park-not-open), or the Idempotency-Key was used with another body (idempotency-key-reused)")
    public Response register(@Valid @NotNull CarrierRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "register-carrier", request, () -> {
            Carrier carrier = carriers.register(request);
            return Response.created(URI.create("/api/v1/carriers/" + carrier.id))
                    .tag(ETags.of(carrier.version))
                    .entity(CarrierView.of(carrier))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getCarrier", summary = "Read a carrier 查看载体")
    @APIResponse(responseCode = "200", description = "The carrier, with its version as ETag",
            headers = @Header(name = "ETag", description = "Version of the carrier.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CarrierView.class)))
    @APIResponse(responseCode = "404", description = "No such carrier in the caller's zone (not-found)")
    public Response get(@PathParam("id") UUID id) {
        Carrier carrier = carriers.get(id);
        return Response.ok(CarrierView.of(carrier)).tag(ETags.of(carrier.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listCarriers", summary = "List carriers 载体列表",
            description = "The carriers of the caller's zone, oldest first (by id), narrowed by the filters given.")
    @APIResponse(responseCode = "200", description = "One page of carriers")
    @APIResponse(responseCode = "400", description = "A bad limit, cursor or filter value (invalid-limit, "
            + "invalid-cursor, invalid-parameter, validation-failed, invalid-enum-value with acceptedValues)")
    public Page<CarrierView> list(@BeanParam PageParams page,
            @Parameter(description = "Only carriers of this park.") @QueryParam("park") UUID park,
            @Parameter(description = "Only carriers of this kind.", schema = @Schema(implementation = CarrierKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only carriers with at least this vacant area, in m².", example = "500")
            @QueryParam("minVacantSqm") @DecimalMin("0") BigDecimal minVacantSqm) {
        return carriers.list(page.request(), park, kind, minVacantSqm).map(CarrierView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "changeCarrier", summary = "Change a carrier 修改载体",
            description = "Needs `If-Match` with the ETag last read (a lease or release makes a new version too); "
                    + "the code cannot change, the floor area cannot drop below the area leased.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "Version of the carrier.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CarrierView.class)))
    @APIResponse(responseCode = "404", description = "No such carrier in the caller's zone (not-found)")
    @APIResponse(responseCode = "409", description = "Changed concurrently by someone else (concurrent-modification)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag (precondition-failed)")
    @APIResponse(responseCode = "422", description = "The code cannot change (carrier-code-immutable), the park is "
            + "not a park of the caller's zone (unknown-park) or is merged or retired (park-not-open), or the floor area would be less than the area leased "
            + "(floor-area-below-leased)")
    @APIResponse(responseCode = "428", description = "If-Match is missing (if-match-required)")
    public Response change(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CarrierRequest request) {
        Carrier carrier = carriers.change(id, ifMatch, request);
        return Response.ok(CarrierView.of(carrier)).tag(ETags.of(carrier.version)).build();
    }

    @POST
    @Path("/{id}/leases")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "leaseSpace", summary = "Lease space to a project 出租载体空间",
            description = "Leases part of the carrier's vacant area to a project; concurrent leases are decided one "
                    + "after the other, so together they never exceed the floor area. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Leased",
            headers = @Header(name = "Location", description = "Path of the new lease.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LeaseView.class)))
    @APIResponse(responseCode = "404", description = "No such carrier in the caller's zone (not-found)")
    @APIResponse(responseCode = "409", description = "The area is more than the vacant area (insufficient-vacancy, "
            + "with vacantSqm)")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body "
            + "(idempotency-key-reused)")
    public Response lease(@PathParam("id") UUID id, @Valid @NotNull LeaseRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "lease-space", Map.of("carrierId", id, "lease", request), () -> {
            CarrierLease lease = carriers.lease(id, request);
            return Response.created(URI.create("/api/v1/carriers/" + id + "/leases/" + lease.id))
                    .entity(LeaseView.of(lease))
                    .build();
        });
    }

    @GET
    @Path("/{id}/leases/{leaseId}")
    @Authenticated
    @Operation(operationId = "getLease", summary = "Read a lease 查看租赁")
    @APIResponse(responseCode = "200", description = "The lease, active or released",
            content = @Content(schema = @Schema(implementation = LeaseView.class)))
    @APIResponse(responseCode = "404", description = "No such carrier in the caller's zone or no such lease of it "
            + "(not-found)")
    public LeaseView getLease(@PathParam("id") UUID id, @PathParam("leaseId") UUID leaseId) {
        return LeaseView.of(carriers.lease(id, leaseId));
    }

    @DELETE
    @Path("/{id}/leases/{leaseId}")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "releaseSpace", summary = "Release leased space 退租",
            description = "Ends the lease and gives its area back to the carrier's vacant area. The lease stays "
                    + "readable, with `releasedAt`.")
    @APIResponse(responseCode = "200", description = "Released",
            content = @Content(schema = @Schema(implementation = LeaseView.class)))
    @APIResponse(responseCode = "404", description = "No such carrier in the caller's zone or no such lease of it "
            + "(not-found)")
    @APIResponse(responseCode = "409", description = "The lease was released before (lease-already-released)")
    public LeaseView release(@PathParam("id") UUID id, @PathParam("leaseId") UUID leaseId) {
        return LeaseView.of(carriers.release(id, leaseId));
    }
}
