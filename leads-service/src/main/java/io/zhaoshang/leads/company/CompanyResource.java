package io.zhaoshang.leads.company;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.value.ValidUscc;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Idempotency;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/companies")
@Tag(name = "companies", description = "Target client library 目标客户库")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private final CompanyService companies;
    private final Idempotency idempotency;

    CompanyResource(CompanyService companies, Idempotency idempotency) {
        this.companies = companies;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(operationId = "registerCompany", summary = "Register a company 登记目标企业",
            description = "The company joins the target client library of the caller's zone. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "409", description = "`company-uscc-taken`: the zone already has a company with this "
            + "USCC, named by the member `existingCompanyId`.")
    @APIResponse(responseCode = "422", description = "`company-identity-missing`: neither a USCC nor a country and "
            + "registration number; `invalid-country`; `idempotency-key-reused`.")
    public Response register(@Valid @NotNull CompanyRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "register-company", request, () -> {
            Company company = companies.register(request);
            return Response.created(URI.create("/api/v1/companies/" + company.id))
                    .tag(ETags.of(company.version))
                    .entity(CompanyView.of(company))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getCompany", summary = "Read a company 查看目标企业")
    @APIResponse(responseCode = "200", description = "The company, with its version as ETag",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such company in the caller's zone.")
    public Response get(@PathParam("id") UUID id) {
        Company company = companies.get(id);
        return Response.ok(CompanyView.of(company)).tag(ETags.of(company.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listCompanies", summary = "List companies 目标企业列表",
            description = "The companies of the caller's zone, oldest first. A filter value that is not valid is a 400.")
    @APIResponse(responseCode = "200", description = "One page of companies")
    @APIResponse(responseCode = "400", description = "`invalid-limit`, `invalid-cursor`, `validation-failed` (uscc) "
            + "or `invalid-enum-value` (tag).")
    public Page<CompanyView> list(
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only the company with this USCC (case-insensitive).", example = "91440300708461136T")
            @QueryParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Only companies with this tag.", schema = @Schema(implementation = CompanyTag.class))
            @QueryParam("tag") String tag) {
        return companies.list(PageRequest.of(limit, cursor), CompanyFilter.of(uscc, tag)).map(CompanyView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD})
    @Operation(operationId = "changeCompany", summary = "Change a company 修改目标企业",
            description = "Needs `If-Match` with the ETag last read. A change that alters nothing keeps the version.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such company in the caller's zone.")
    @APIResponse(responseCode = "409", description = "`company-uscc-taken`: another company of the zone has this "
            + "USCC, named by the member `existingCompanyId`.")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the company changed since it was read.")
    @APIResponse(responseCode = "422", description = "`company-identity-missing` or `invalid-country`.")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response change(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CompanyRequest request) {
        Company company = companies.change(id, ifMatch, request);
        return Response.ok(CompanyView.of(company)).tag(ETags.of(company.version)).build();
    }
}
