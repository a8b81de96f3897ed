package io.zhaoshang.parks.park;

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

@Path("/api/v1/parks")
@Tag(name = "parks", description = "Parks and sub-parks 园区 (一区多园, 园中园)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParkResource {

    private final ParkService parks;
    private final Idempotency idempotency;

    ParkResource(ParkService parks, Idempotency idempotency) {
        this.parks = parks;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "registerPark", summary = "Register a park 登记园区",
            description = "Registers a park in the caller's zone, which must be registered in this service, "
                    + "optionally inside another park of the zone (at most three levels). Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {
                @Header(name = "ETag", description = "Version of the park.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Location", description = "Path of the new park.",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "409", description = "The zone has a park with this code (park-code-taken)")
    @APIResponse(responseCode = "422", description = "The caller's zone is not registered (zone-not-registered), "
            + "the parent is not a park of the zone (unknown-parent-park) or is merged or retired (park-not-open), "
            + "the park would be deeper than three levels (park-too-deep), a leading industry is not in the catalog (unknown-industry), or the "
            + "Idempotency-Key was used with another body (idempotency-key-reused)")
    public Response register(@Valid @NotNull ParkRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "register-park", request, () -> {
            Park park = parks.register(request);
            return Response.created(URI.create("/api/v1/parks/" + park.id))
                    .tag(ETags.of(park.version))
                    .entity(ParkView.of(park))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getPark", summary = "Read a park 查看园区")
    @APIResponse(responseCode = "200", description = "The park, with its version as ETag",
            headers = @Header(name = "ETag", description = "Version of the park.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "404", description = "No such park in the caller's zone (not-found)")
    public Response get(@PathParam("id") UUID id) {
        Park park = parks.get(id);
        return Response.ok(ParkView.of(park)).tag(ETags.of(park.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listParks", summary = "List parks 园区列表",
            description = "The parks of the caller's zone, oldest first (by id), narrowed by the filters given.")
    @APIResponse(responseCode = "200", description = "One page of parks")
    @APIResponse(responseCode = "400", description = "A bad limit, cursor or filter value (invalid-limit, "
            + "invalid-cursor, invalid-parameter, invalid-enum-value with acceptedValues, unknown-industry)")
    public Page<ParkView> list(@BeanParam PageParams page,
            @Parameter(description = "Only parks of this kind.", schema = @Schema(implementation = ParkKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only the direct sub-parks of this park.") @QueryParam("parent") UUID parent,
            @Parameter(description = "Only parks leading in this industry or one of its sub-categories.",
                    example = "SEI-04") @QueryParam("industry") String industry) {
        return parks.list(page.request(), kind, parent, industry).map(ParkView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "changePark", summary = "Change a park 修改园区",
            description = "Needs `If-Match` with the ETag last read; the code cannot change. A new `parentId` moves "
                    + "the park with all its sub-parks.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "Version of the park.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "404", description = "No such park in the caller's zone (not-found)")
    @APIResponse(responseCode = "409", description = "Changed concurrently by someone else (concurrent-modification), "
            + "or the park is merged or retired (park-not-active)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag (precondition-failed)")
    @APIResponse(responseCode = "422", description = "The code cannot change (park-code-immutable), the new parent "
            + "is not a park of the zone (unknown-parent-park), is merged or retired (park-not-open), is the park itself or one of its sub-parks "
            + "(park-cycle), or the move would make the tree deeper than three levels (park-too-deep), or a "
            + "leading industry is not in the catalog (unknown-industry)")
    @APIResponse(responseCode = "428", description = "If-Match is missing (if-match-required)")
    public Response change(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ParkRequest request) {
        Park park = parks.change(id, ifMatch, request);
        return Response.ok(ParkView.of(park)).tag(ETags.of(park.version)).build();
    }

    @POST
    @Path("/{id}/merges")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "mergePark", summary = "Merge a park into another 园区合并",
            description = "Needs `If-Match` with the park's ETag. The park becomes MERGED with `mergedInto`; its direct "
                    + "sub-parks move under the surviving park and its carriers to the surviving park (each with a new "
                    + "version), in one transaction, announced by zhaoshang.park.merged.v1. MERGED is final.")
    @APIResponse(responseCode = "200", description = "Merged; the merged park",
            headers = @Header(name = "ETag", description = "Version of the park.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "404", description = "No such park in the caller's zone (not-found)")
    @APIResponse(responseCode = "409", description = "The park is merged or retired already (park-not-active), or "
            + "was changed concurrently (concurrent-modification)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag (precondition-failed)")
    @APIResponse(responseCode = "422", description = "Merging into itself (park-merge-into-itself), into a park not "
            + "of the zone (unknown-park), into a merged or retired park (park-merge-into-inactive), into one of its "
            + "own sub-parks (park-cycle), or so that a moved sub-park would be deeper than three levels "
            + "(park-too-deep)")
    @APIResponse(responseCode = "428", description = "If-Match is missing (if-match-required)")
    public Response merge(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the park's current version.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MergeRequest request) {
        Park park = parks.merge(id, ifMatch, request);
        return Response.ok(ParkView.of(park)).tag(ETags.of(park.version)).build();
    }

    @POST
    @Path("/{id}/retirements")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.ZONE_ADMIN})
    @Operation(operationId = "retirePark", summary = "Retire a park 撤销园区",
            description = "Needs `If-Match` with the park's ETag. The park becomes RETIRED (final), announced by "
                    + "zhaoshang.park.retired.v1; refused while it has PLANNED or ACTIVE sub-parks. No body.")
    @APIResponse(responseCode = "200", description = "Retired; the park",
            headers = @Header(name = "ETag", description = "Version of the park.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "404", description = "No such park in the caller's zone (not-found)")
    @APIResponse(responseCode = "409", description = "The park is merged or retired already (park-not-active), has "
            + "PLANNED or ACTIVE sub-parks (park-has-active-sub-parks), or was changed concurrently "
            + "(concurrent-modification)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag (precondition-failed)")
    @APIResponse(responseCode = "428", description = "If-Match is missing (if-match-required)")
    public Response retire(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the park's current version.", required = true)
            @HeaderParam("If-Match") String ifMatch) {
        Park park = parks.retire(id, ifMatch);
        return Response.ok(ParkView.of(park)).tag(ETags.of(park.version)).build();
    }

    @GET
    @Path("/{id}/tree")
    @Authenticated
    @Operation(operationId = "getParkTree", summary = "Park with its sub-parks 园区树",
            description = "The park and its whole subtree (园中园), nested, with the totals of each subtree.")
    @APIResponse(responseCode = "200", description = "The subtree",
            content = @Content(schema = @Schema(implementation = ParkTreeView.class)))
    @APIResponse(responseCode = "404", description = "No such park in the caller's zone (not-found)")
    public ParkTreeView tree(@PathParam("id") UUID id) {
        return parks.tree(id);
    }
}
