package io.zhaoshang.projects.capital;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{id}/capital-arrivals")
@Tag(name = "capital", description = "Capital arrival of a project 项目到资")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapitalResource {

    private final CapitalService capital;
    private final Idempotency idempotency;

    CapitalResource(CapitalService capital, Idempotency idempotency) {
        this.capital = capital;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(operationId = "recordCapitalArrival", summary = "Record capital arrival 登记到资",
            description = "An instalment of money that reached a signed project (any stage from SIGNED on, ON_HOLD "
                    + "too, not ABANDONED). It adds to the project's `capitalArrived`; one that brings it past "
                    + "3 × the signed amount needs `override: true` and an `overrideReason`. Publishes "
                    + "zhaoshang.project.capital-arrived.v1. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "Path of the instalment.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CapitalArrivalView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed` (a negative amount among them), "
            + "`malformed-json`.")
    @APIResponse(responseCode = "403", description = "`forbidden`: the role may not record capital.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such project the caller may see.")
    @APIResponse(responseCode = "409", description = "`capital-before-signing` (member `stage`): the project has no "
            + "signed agreement; `capital-project-abandoned`.")
    @APIResponse(responseCode = "422", description = "`capital-amount-not-positive`, `date-in-future`, "
            + "`date-before-project`, `override-reason-required`, `override-reason-not-expected`, "
            + "`capital-exceeds-signed` (members `limitCny`, `signedAmountCny`, `arrivedTotalCny`), "
            + "`idempotency-key-reused`.")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull CapitalArrivalRequest request,
            @Parameter(description = "Repeat a report safely: same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // the project is part of the operation: one key reported for two projects records two instalments
        return idempotency.execute(idempotencyKey, "record-capital-arrival:" + id, request, () -> {
            CapitalArrival arrival = capital.record(id, request).arrival();
            return Response.created(URI.create("/api/v1/projects/" + id + "/capital-arrivals/" + arrival.id))
                    .entity(CapitalArrivalView.of(arrival)).build();
        });
    }

    @GET
    @Authenticated
    @Operation(operationId = "listCapitalArrivals", summary = "Capital arrivals of a project 项目到资记录",
            description = "The signed amount, capital arrived so far (CNY) and every instalment, oldest first. Not "
                    + "paged: a project has a few dozen instalments at most.")
    @APIResponse(responseCode = "200", description = "The capital of the project",
            content = @Content(schema = @Schema(implementation = CapitalArrivalView.CapitalArrivals.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such project the caller may see.")
    public CapitalArrivalView.CapitalArrivals list(@PathParam("id") UUID id) {
        return capital.list(id);
    }

    @GET
    @Path("/{arrivalId}")
    @Authenticated
    @Operation(operationId = "getCapitalArrival", summary = "One capital arrival 到资记录")
    @APIResponse(responseCode = "200", description = "The instalment",
            content = @Content(schema = @Schema(implementation = CapitalArrivalView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such project the caller may see, or no such "
            + "instalment of it.")
    public CapitalArrivalView get(@PathParam("id") UUID id, @PathParam("arrivalId") UUID arrivalId) {
        return CapitalArrivalView.of(capital.get(id, arrivalId).arrival());
    }
}
