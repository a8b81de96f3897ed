package io.zhaoshang.parks.land;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

@Path("/api/v1/land-reservations")
@Tag(name = "land-reservations", description = "Land reservations 用地预留: parcels of the pool held for a project, "
        + "allocated (供地) or released")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LandReservationResource {

    private static final String ETAG = "Version of the reservation.";

    private final LandReservationService reservations;
    private final Idempotency idempotency;

    LandReservationResource(LandReservationService reservations, Idempotency idempotency) {
        this.reservations = reservations;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "reserveLand", summary = "Reserve land for a project 预留用地",
            description = "Holds parcels of a park for a project until `reservedUntil`: the parcels named in "
                    + "`parcelIds`, or else the best fit of the park's AVAILABLE parcels of the land use (one parcel "
                    + "with the least surplus, else several adding up with the least surplus). Requests for one park "
                    + "are decided one after the other, so a parcel is never reserved twice. Publishes "
                    + "zhaoshang.land.reserved.v1. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Reserved",
            headers = {
                @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Location", description = "Path of the new reservation.",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = LandReservationView.class)))
    @APIResponse(responseCode = "409", description = "No AVAILABLE parcel, alone or together, fits (no-parcel-fits), "
            + "or a parcel named is not AVAILABLE (parcel-not-available)")
    @APIResponse(responseCode = "422", description = "The park is not a park of the caller's zone (unknown-park) or is "
            + "merged or retired (park-not-open); a parcel named is not one of the zone's (unknown-parcel), lies in "
            + "another park (parcel-not-in-park) or has another land use (parcel-land-use-mismatch); the parcels named "
            + "add up to less than the area (parcels-too-small); or the Idempotency-Key was used with another body "
            + "(idempotency-key-reused)")
    public Response reserve(@Valid @NotNull ReservationRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "reserve-land", request, () -> {
            LandReservation reservation = reservations.reserve(request);
            return Response.created(URI.create("/api/v1/land-reservations/" + reservation.id))
                    .tag(ETags.of(reservation.version))
                    .entity(LandReservationView.of(reservation))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getLandReservation", summary = "Read a land reservation 查看用地预留")
    @APIResponse(responseCode = "200", description = "The reservation, with its version as ETag",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LandReservationView.class)))
    @APIResponse(responseCode = "404", description = "No such reservation in the caller's zone (not-found)")
    public Response get(@PathParam("id") UUID id) {
        return answer(reservations.get(id));
    }

    @GET
    @Authenticated
    @Operation(operationId = "listLandReservations", summary = "List land reservations 用地预留列表",
            description = "The land reservations of the caller's zone, those rejected included, oldest first (by id), "
                    + "narrowed by the filters given.")
    @APIResponse(responseCode = "200", description = "One page of reservations")
    @APIResponse(responseCode = "400", description = "A bad limit, cursor or filter (invalid-limit, "
            + "invalid-cursor, invalid-parameter, invalid-enum-value with acceptedValues)")
    public Page<LandReservationView> list(@BeanParam PageParams page,
            @Parameter(description = "Only the reservations of this project.") @QueryParam("project") UUID project,
            @Parameter(description = "Only reservations with this status.",
                    schema = @Schema(implementation = ReservationStatus.class))
            @QueryParam("status") String status) {
        return reservations.list(page.request(), project, status).map(LandReservationView::of);
    }

    @POST
    @Path("/{id}/allocation")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "allocateLand", summary = "Allocate reserved land 供地",
            description = "Supplies the land the reservation holds to its project: the reservation and its parcels "
                    + "become ALLOCATED (final here). projects-service's move of the project to UNDER_CONSTRUCTION does "
                    + "the same. Publishes zhaoshang.land.allocated.v1. No body.")
    @APIResponse(responseCode = "200", description = "Allocated",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LandReservationView.class)))
    @APIResponse(responseCode = "404", description = "No such reservation in the caller's zone (not-found)")
    @APIResponse(responseCode = "409", description = "The reservation holds no land: it is allocated, released, "
            + "expired or rejected (reservation-not-held)")
    public Response allocate(@PathParam("id") UUID id) {
        return answer(reservations.allocate(id));
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "releaseLand", summary = "Release reserved land 释放预留用地",
            description = "Gives the land the reservation holds back to the pool: the reservation becomes RELEASED "
                    + "(reason RELEASED_BY_PARK), its parcels AVAILABLE. Publishes zhaoshang.land.released.v1. No body.")
    @APIResponse(responseCode = "200", description = "Released",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LandReservationView.class)))
    @APIResponse(responseCode = "404", description = "No such reservation in the caller's zone (not-found)")
    @APIResponse(responseCode = "409", description = "The land is allocated and goes back only through a separate "
            + "legal process (land-already-allocated), or the reservation holds no land: released, expired or rejected "
            + "(reservation-not-held)")
    public Response release(@PathParam("id") UUID id) {
        return answer(reservations.release(id));
    }

    private static Response answer(LandReservation reservation) {
        return Response.ok(LandReservationView.of(reservation)).tag(ETags.of(reservation.version)).build();
    }
}
