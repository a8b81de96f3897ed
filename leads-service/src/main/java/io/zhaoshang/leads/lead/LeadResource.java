package io.zhaoshang.leads.lead;

import io.quarkus.security.Authenticated;
import io.zhaoshang.leads.collision.Collision;
import io.zhaoshang.leads.collision.CollisionService;
import io.zhaoshang.leads.export.LeadCsvExport;
import io.zhaoshang.leads.parks.ParkSuggestions;
import io.zhaoshang.leads.timer.ServiceTimers;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads")
@Tag(name = "leads", description = "Leads 招商线索")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadResource {

    /** The columns of the CSV export (LeadCsvColumns, checked by its test), for the description. */
    static final String CSV_COLUMNS = "`code`, `company` (the USCC, else the company id, as the import reads it), "
            + "`companyName`, `title`, `industryCode`, `chainRole`, `sourceChannel`, `sourceDetail`, "
            + "`intendedInvestmentCny`, `landMu`, `expectedJobs`, `expectedOutputCny`, `expectedTaxCny` (amounts in "
            + "CNY, a foreign amount by its cnyEquivalent), `targetParkId`, `status`, `lostReason`, `pool`, "
            + "`ownerTeam`, `protectedUntil`, `reportedTeam`, `overdueTimers` (space separated), `createdAt`, "
            + "`createdBy`, `id`";

    /** The export's file is named by the day where the zones are. */
    private static final ZoneId FILE_DATE_ZONE = ZoneId.of("Asia/Shanghai");

    private final LeadService leads;
    private final CollisionService collisions;
    private final Idempotency idempotency;
    private final LeadCsvExport export;
    private final Clock clock;

    LeadResource(LeadService leads, CollisionService collisions, Idempotency idempotency, LeadCsvExport export,
            Clock clock) {
        this.leads = leads;
        this.collisions = collisions;
        this.idempotency = idempotency;
        this.export = export;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(operationId = "reportLead", summary = "Report a lead 上报线索",
            description = "A team lead or member reports for their team, which holds the lead for the protection "
                    + "period (私海); the administration and integrations put it in the public pool (公海). A company "
                    + "with an active lead in the zone is a collision (撞单): nothing is created, the collision is "
                    + "recorded for the administration and the answer is 409. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Reported",
            content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed` (e.g. a negative amount, a currency not in "
            + "ISO 4217, a foreign amount without cnyEquivalent, land with more than two decimals), "
            + "`invalid-enum-value`.")
    @APIResponse(responseCode = "403", description = "`team-missing`: a team lead or member whose token names no team.")
    @APIResponse(responseCode = "409", description = "`lead-collision`: the company already has an active lead, named "
            + "by the members `existingLeadId`, `ownerTeam` (null: the public pool) and `reportedAt`, or an active "
            + "project (not ABANDONED), named by `existingProjectId`, its `ownerTeam` and `reportedAt` (when projects "
            + "announced it); the collision is recorded as `collisionId`. `company-merged`: the company was merged into another.")
    @APIResponse(responseCode = "422", description = "`unknown-company`, `unknown-industry`, `unknown-park`, "
            + "`park-not-open` (merged or retired), `unknown-team` (the caller's team is not known to leads), "
            + "`idempotency-key-reused`.")
    @APIResponse(responseCode = "503", description = "`industry-catalog-unavailable`: leads has no industry catalog yet.")
    public Response report(@Valid @NotNull LeadRequest request,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        try {
            return idempotency.execute(idempotencyKey, "report-lead", request, () -> {
                Lead lead = leads.report(request);
                return Response.created(URI.create("/api/v1/leads/" + lead.id))
                        .tag(ETags.of(lead.version))
                        .entity(LeadView.of(lead, null, LeadService.suggestedPark(lead, leads.suggestions())))
                        .build();
            });
        } catch (LeadCollisionException collision) {
            // the report rolled back; the collision is kept on its own
            Collision recorded = collision.existing() != null ? collisions.record(collision.existing(), request)
                    : collisions.record(collision.existingProject(), request);
            throw collision.with("collisionId", recorded.id);
        }
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getLead", summary = "Read a lead 查看线索",
            description = "Team leads and members see the public pool and their own team's leads.")
    @APIResponse(responseCode = "200", description = "The lead, with its version as ETag",
            content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such lead the caller may see.")
    public Response get(@PathParam("id") UUID id) {
        Lead lead = leads.get(id);
        return Response.ok(LeadView.of(lead, leads.overdueTimers(lead, leads.timers()),
                        LeadService.suggestedPark(lead, leads.suggestions())))
                .tag(ETags.of(lead.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listLeads", summary = "List leads 线索列表",
            description = "The leads the caller sees, oldest first, narrowed by the filters given. Team leads and "
                    + "members see the public pool and their own team's leads; the others the whole zone. With "
                    + "`Accept: text/csv` the answer is the export (导出线索): every lead of the same filters, not "
                    + "paged (`limit` and `cursor` do not apply), streamed as an RFC 4180 file in UTF-8 with a byte "
                    + "order mark (for Excel) and a header row, as the attachment `leads-<date>.csv`. Its columns, "
                    + "the same in every language (a file is imported again): " + CSV_COLUMNS + ". A typed text "
                    + "(`companyName`, `title`, `sourceDetail`, `lostReason`, `createdBy`) that starts with `=`, `+`, "
                    + "`-`, `@`, a tab or a carriage return gets a leading `'`, so that a spreadsheet shows it as text "
                    + "and runs no formula (CSV injection); imported again, the text keeps it.")
    @APIResponse(responseCode = "200", description = "One page of leads, or with `Accept: text/csv` all of them as CSV",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LeadPageSchema.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "A header row, then one row per lead."))})
    @APIResponse(responseCode = "400", description = "`invalid-limit`, `invalid-cursor`, `invalid-enum-value` (status, "
            + "pool), `invalid-parameter` (company, overdue), `unknown-industry` (industry).")
    @APIResponse(responseCode = "503", description = "`industry-catalog-unavailable`: an industry filter was given "
            + "but leads has no industry catalog yet.")
    public Page<LeadView> list(@BeanParam PageParams page,
            @Parameter(description = "Only leads of this status.", schema = @Schema(implementation = LeadStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only leads held by this team (code).", example = "GOV-1")
            @QueryParam("team") String team,
            @Parameter(description = "PUBLIC: only the public pool (公海); TEAM: only leads held by a team.",
                    schema = @Schema(implementation = Pool.class))
            @QueryParam("pool") String pool,
            @Parameter(description = "Only leads of this company (id).") @QueryParam("company") String company,
            @Parameter(description = "Only leads of this industry of the catalog or one below it.", example = "SEI-04")
            @QueryParam("industry") String industry,
            @Parameter(description = "true: only leads with an overdue service timer (线索办理时限), each item saying "
                    + "which in `overdueTimers`.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue) {
        LeadFilter filter = leads.filter(status, team, pool, company, industry, overdue);
        ServiceTimers timers = leads.timers();
        ParkSuggestions suggestions = leads.suggestions();
        return leads.list(page.request(), filter).map(lead -> LeadView.of(lead, leads.overdueTimers(lead, timers),
                LeadService.suggestedPark(lead, suggestions)));
    }

    /**
     * The same list asked for as {@code text/csv}: every lead of the filters, not paged, streamed as a
     * download (导出线索). Documented with listLeads: one path and method is one operation in OpenAPI.
     */
    @GET
    @Produces(LeadCsvExport.TEXT_CSV + ";qs=0.5")
    @Authenticated
    @Operation(hidden = true)
    public Response export(@QueryParam("status") String status, @QueryParam("team") String team,
            @QueryParam("pool") String pool, @QueryParam("company") String company,
            @QueryParam("industry") String industry, @QueryParam("overdue") String overdue) {
        // the filter and the caller are read now, while the request is; the rows when the body is written
        LeadSelection selection = leads.select(leads.filter(status, team, pool, company, industry, overdue));
        String file = "leads-" + LocalDate.now(clock.withZone(FILE_DATE_ZONE)) + ".csv";
        return Response.ok(export.of(selection, leads.timers()), LeadCsvExport.TEXT_CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER})
    @Operation(operationId = "changeLead", summary = "Change a lead 修改线索",
            description = "The owner team or the administration; needs `If-Match`. The company stays; the status "
                    + "changes through status-changes, the owner through claims and releases.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`, `invalid-enum-value`.")
    @APIResponse(responseCode = "403", description = "`lead-not-yours`: the lead is not held by the caller's team.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such lead the caller may see.")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the lead changed since it was read.")
    @APIResponse(responseCode = "422", description = "`lead-company-fixed`, `unknown-industry`, `unknown-park`, "
            + "`park-not-open`.")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response change(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the change is based on.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LeadRequest request) {
        Lead lead = leads.change(id, ifMatch, request);
        return Response.ok(LeadView.of(lead, null, LeadService.suggestedPark(lead, leads.suggestions())))
                .tag(ETags.of(lead.version)).build();
    }

    @POST
    @Path("/{id}/status-changes")
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER})
    @Operation(operationId = "changeLeadStatus", summary = "Change the status of a lead 变更线索状态",
            description = "NEW → CONTACTED → ASSESSED; any open lead may become DORMANT, LOST (with a reason) or "
                    + "INVALID; a DORMANT lead becomes CONTACTED again. CONVERTED comes only from a conversion. The "
                    + "owner team or the administration; needs `If-Match`. Announced by "
                    + "zhaoshang.lead.status-changed.v1.")
    @APIResponse(responseCode = "200", description = "The lead in its new status",
            content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`, `invalid-enum-value`.")
    @APIResponse(responseCode = "403", description = "`lead-not-yours`: the lead is not held by the caller's team.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such lead the caller may see.")
    @APIResponse(responseCode = "409", description = "`invalid-status-transition`: the lead cannot move from its "
            + "status to that one (members `leadStatus`, `allowed`).")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the lead changed since it was read.")
    @APIResponse(responseCode = "422", description = "`lost-reason-required`, `lead-conversion-required`.")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response changeStatus(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the lead as last read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        Lead lead = leads.changeStatus(id, ifMatch, request);
        return Response.ok(LeadView.of(lead)).tag(ETags.of(lead.version)).build();
    }
}
