package io.zhaoshang.leads.collision;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/collisions")
@Tag(name = "collisions", description = "Collisions 撞单")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CollisionResource {

    private final CollisionService collisions;

    CollisionResource(CollisionService collisions) {
        this.collisions = collisions;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listCollisions", summary = "List collisions 撞单列表",
            description = "Team leads and members see the collisions their team is party to (holding the lead or "
                    + "reporting it second); the others all of the zone. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of collisions")
    @APIResponse(responseCode = "400", description = "`invalid-limit`, `invalid-cursor`, `invalid-enum-value` (status).")
    public Page<CollisionView> list(@BeanParam PageParams page,
            @Parameter(description = "Only collisions of this status.",
                    schema = @Schema(implementation = CollisionStatus.class))
            @QueryParam("status") String status) {
        return collisions.list(page.request(), status).map(CollisionView::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getCollision", summary = "Read a collision 查看撞单")
    @APIResponse(responseCode = "200", description = "The collision",
            content = @Content(schema = @Schema(implementation = CollisionView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such collision the caller may see.")
    public Response get(@PathParam("id") UUID id) {
        Collision collision = collisions.get(id);
        return Response.ok(CollisionView.of(collision)).tag(ETags.of(collision.version)).build();
    }

    @POST
    @Path("/{id}/adjudications")
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "adjudicateCollision", summary = "Adjudicate a collision 裁定撞单",
            description = "Once per collision. KEEP_FIRST leaves the lead with its owner; TRANSFER gives it to the "
                    + "second reporter's team, protected from now; SHARE splits the credit between the two teams "
                    + "(`shares`), which scoring honours. Announced by zhaoshang.collision.adjudicated.v1.")
    @APIResponse(responseCode = "200", description = "Adjudicated: the collision with the decision",
            content = @Content(schema = @Schema(implementation = CollisionView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`, `invalid-enum-value` (decision).")
    @APIResponse(responseCode = "404", description = "`not-found`: no such collision in the caller's zone.")
    @APIResponse(responseCode = "409", description = "`collision-adjudicated`: decided before (member `decision`); "
            + "`lead-closed`: a TRANSFER of a lead no longer active; `lead-converting`: a TRANSFER or SHARE of a lead "
            + "handed to projects.")
    @APIResponse(responseCode = "422", description = "`invalid-share-split`, `share-needs-two-teams`, "
            + "`shares-only-for-share`, `transfer-needs-team` (the second reporter had no team), "
            + "`collision-with-project`: a collision with a project is only KEEP_FIRST.")
    public Response adjudicate(@PathParam("id") UUID id, @Valid @NotNull AdjudicationRequest request) {
        Collision collision = collisions.adjudicate(id, request);
        return Response.ok(CollisionView.of(collision)).tag(ETags.of(collision.version)).build();
    }
}
