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

@Path("/api/v1/companies")
@Tag(name = "companies", description = "Target client library 目标客户库")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private final CompanyService companies;
    private final CompanyMergeService merges;
    private final Idempotency idempotency;

    CompanyResource(CompanyService companies, CompanyMergeService merges, Idempotency idempotency) {
        this.companies = companies;
        this.merges = merges;
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
            + "registration number; `invalid-country`; `unknown-industry`: an industry code not in the catalog; "
            + "`idempotency-key-reused`.")
    @APIResponse(responseCode = "503", description = "`industry-catalog-unavailable`: industry codes were given but "
            + "leads has not received the industry catalog from parks-service yet; retry after `Retry-After` seconds.")
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
    @Operation(operationId = "getCompany", summary = "Read a company 查看目标企业",
            description = "A company merged into another answers 308 with the `Location` of the company it now lives "
                    + "on in (following merges of merges).")
    @APIResponse(responseCode = "200", description = "The company, with its version as ETag",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "308", description = "The company was merged: `Location` is the surviving company.",
            headers = @Header(name = "Location", description = "Path of the surviving company.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such company in the caller's zone.")
    public Response get(@PathParam("id") UUID id) {
        Company company = companies.get(id);
        if (company.status == CompanyStatus.MERGED) {
            return Response.status(Response.Status.PERMANENT_REDIRECT)
                    .location(URI.create("/api/v1/companies/" + companies.survivorOf(company).id))
                    .build();
        }
        return Response.ok(CompanyView.of(company)).tag(ETags.of(company.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listCompanies", summary = "List companies 目标企业列表",
            description = "The ACTIVE companies of the caller's zone (or the MERGED ones with `status=MERGED`), oldest "
                    + "first, narrowed by the filters given. A filter value that is not valid is a 400.")
    @APIResponse(responseCode = "200", description = "One page of companies")
    @APIResponse(responseCode = "400", description = "`invalid-limit`, `invalid-cursor`, `validation-failed` (uscc), "
            + "`invalid-enum-value` (tag, status), `unknown-industry` (industry) or `invalid-search` (q).")
    @APIResponse(responseCode = "503", description = "`industry-catalog-unavailable`: an industry filter was given but "
            + "leads has not received the industry catalog yet.")
    public Page<CompanyView> list(
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only the company with this USCC (case-insensitive).", example = "91440300708461136T")
            @QueryParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Only companies with this tag.", schema = @Schema(implementation = CompanyTag.class))
            @QueryParam("tag") String tag,
            @Parameter(description = "Only companies in this industry of the catalog or one below it.",
                    example = "SEI-01") @QueryParam("industry") String industry,
            @Parameter(description = "Only companies whose name or an alias contains this text, compared without "
                    + "regard to full-width forms, case, spaces, punctuation, Traditional or Simplified characters "
                    + "and legal-form suffixes (有限公司, 集团, ...), or whose pinyin or pinyin initials contain it "
                    + "(`hwjs` finds 华为技术). Up to 100 characters.", example = "hwjs") @QueryParam("q") String q,
            @Parameter(description = "ACTIVE (default) or MERGED.", schema = @Schema(implementation = CompanyStatus.class))
            @QueryParam("status") String status) {
        return companies.list(PageRequest.of(limit, cursor), companies.filter(uscc, tag, industry, q, status))
                .map(CompanyView::of);
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
            + "USCC, named by the member `existingCompanyId`; `company-merged`: the company was merged (member "
            + "`mergedInto`), change the survivor.")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the company changed since it was read.")
    @APIResponse(responseCode = "422", description = "`company-identity-missing`, `invalid-country` or "
            + "`unknown-industry`.")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    @APIResponse(responseCode = "503", description = "`industry-catalog-unavailable`: industry codes were given but "
            + "leads has not received the industry catalog yet.")
    public Response change(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CompanyRequest request) {
        Company company = companies.change(id, ifMatch, request);
        return Response.ok(CompanyView.of(company)).tag(ETags.of(company.version)).build();
    }

    @POST
    @Path("/{id}/merges")
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD})
    @Operation(operationId = "mergeCompany", summary = "Merge a duplicate company into another 合并重复企业",
            description = "Needs `If-Match` with the ETag of the company merged away. It becomes MERGED with "
                    + "`mergedInto`, a GET of it answers 308 to the survivor, and its name and aliases become aliases "
                    + "of the survivor; its leads (with their follow-ups) move to the survivor. Announced by "
                    + "zhaoshang.company.merged.v1. Can be undone for 7 days (DELETE of the merge), which moves the "
                    + "leads back.")
    @APIResponse(responseCode = "201", description = "Merged; the merge",
            headers = {
                @Header(name = "Location", description = "Path of the merge.", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = "Version of the merge.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CompanyMergeView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such company in the caller's zone.")
    @APIResponse(responseCode = "409", description = "`company-merged`: the company is merged already (member "
            + "`mergedInto`); `company-merge-active-leads`: both companies have an active lead (member `leadIds`), "
            + "close one first; `concurrent-modification`.")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the company changed since it was read.")
    @APIResponse(responseCode = "422", description = "`company-merge-into-itself`; `unknown-company`: the survivor is "
            + "not a company of the zone; `company-merge-into-merged`: the survivor is merged itself (member "
            + "`mergedInto`).")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response merge(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the company merged away.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MergeRequest request) {
        CompanyMerge merge = merges.merge(id, ifMatch, request);
        return Response.created(URI.create("/api/v1/companies/" + id + "/merges/" + merge.id))
                .tag(ETags.of(merge.version))
                .entity(CompanyMergeView.of(merge))
                .build();
    }

    @GET
    @Path("/{id}/merges/{mergeId}")
    @Authenticated
    @Operation(operationId = "getCompanyMerge", summary = "Read a merge 查看企业合并")
    @APIResponse(responseCode = "200", description = "The merge, in force or undone",
            content = @Content(schema = @Schema(implementation = CompanyMergeView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such merge of that company in the caller's zone.")
    public Response getMerge(@PathParam("id") UUID id, @PathParam("mergeId") UUID mergeId) {
        CompanyMerge merge = merges.getMerge(id, mergeId);
        return Response.ok(CompanyMergeView.of(merge)).tag(ETags.of(merge.version)).build();
    }

    @DELETE
    @Path("/{id}/merges/{mergeId}")
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD})
    @Operation(operationId = "undoCompanyMerge", summary = "Undo a merge 撤销企业合并",
            description = "Within 7 days of the merge: the company is ACTIVE again and the survivor loses the aliases "
                    + "the merge brought. The merge stays readable, with `undoneAt`. Announced by "
                    + "zhaoshang.company.merge-undone.v1.")
    @APIResponse(responseCode = "200", description = "Undone; the merge",
            content = @Content(schema = @Schema(implementation = CompanyMergeView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such merge of that company in the caller's zone.")
    @APIResponse(responseCode = "409", description = "`company-merge-undone`: undone before; "
            + "`company-merge-undo-expired`: more than 7 days ago (member `undoableUntil`); "
            + "`company-merge-undo-blocked`: the survivor was merged into another since (member `mergedInto`), undo "
            + "that merge first.")
    public Response undoMerge(@PathParam("id") UUID id, @PathParam("mergeId") UUID mergeId) {
        CompanyMerge merge = merges.undo(id, mergeId);
        return Response.ok(CompanyMergeView.of(merge)).tag(ETags.of(merge.version)).build();
    }
}
